import SamordnaDomain; import AsyncHTTPClient; import NIOCore
