# One INTERFACE target that every Wither target links: language standard, warnings and Qt hygiene.
add_library(wither_common_options INTERFACE)
add_library(Wither::CommonOptions ALIAS wither_common_options)

target_compile_features(wither_common_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(wither_common_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wno-deprecated-declarations>
    $<$<AND:$<BOOL:${WITHER_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)

target_compile_definitions(wither_common_options INTERFACE
    WITHER_VERSION="${PROJECT_VERSION}"
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# -DWITHER_SANITIZE=ON builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer comes with
# ASan). Every UB finding is fatal. tests/sanitizers/run-test.sh turns any report into a test failure.
option(WITHER_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(WITHER_SANITIZE)
    target_compile_options(wither_common_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(wither_common_options INTERFACE -fsanitize=address,undefined)
    # Instrumented code at -O2 -g takes more than twice as long to compile (measured: ProxyHandler.cpp 27 s against
    # 11 s plain); -O1 (ASan's recommended level) with line tables only (-g1: every report still has file:line)
    # brings the sanitized build back to the plain build's compile time. Placed after CMAKE_CXX_FLAGS_<CONFIG>, so
    # these win.
    set(WITHER_SANITIZE_OPT_FLAGS "-O1 -g1" CACHE STRING "Optimisation and debug flags of the sanitized build")
    separate_arguments(_wither_sanitize_opt UNIX_COMMAND "${WITHER_SANITIZE_OPT_FLAGS}")
    target_compile_options(wither_common_options INTERFACE ${_wither_sanitize_opt})
    # GCC's flow-sensitive warnings see the sanitizer's instrumentation and misfire inside libstdc++ itself (bogus
    # overlaps in std::string assignment, GCC bug 105651; "may be used uninitialized" in std::regex's std::function);
    # GCC's manual advises against -Werror with sanitizers for this reason. The plain build keeps these warnings.
    target_compile_options(wither_common_options INTERFACE
        $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict -Wno-maybe-uninitialized -Wno-stringop-overflow
                                 -Wno-stringop-overread -Wno-array-bounds>)
endif()
