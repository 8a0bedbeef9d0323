# Fuzz targets for the server's request handling (included by tests/fuzz/CMakeLists.txt when the server is built).
# The server core gets coverage instrumentation too, so libFuzzer can steer into the functions under test.
target_compile_options(wither_server_core PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
# Whatever links the instrumented core (wither-proxy too) needs the sanitizer runtimes.
target_link_options(wither_server_core INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
wither_add_fuzzer(path_policy SOURCES FuzzPathPolicy.cpp LIBS Wither::ServerCore)
wither_add_fuzzer(proxy_check SOURCES FuzzProxyCheck.cpp LIBS Wither::ServerCore)
wither_add_fuzzer(cache_key SOURCES FuzzCacheKey.cpp LIBS Wither::ServerCore)
