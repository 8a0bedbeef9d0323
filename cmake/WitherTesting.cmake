# wither_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [GUI] [TIMEOUT <s>] [LABELS <l...>])
# Builds one Qt Test executable and registers it with CTest. GUI tests run offscreen.
# Every test knows where the programs under test are through compile definitions.
#
# In a sanitized build (-DWITHER_SANITIZE=ON) every test runs through tests/sanitizers/run-test.sh, which fails it
# on any ASan, LSan or UBSan report of the test or of a program it started, and timeouts are multiplied by
# WITHER_SANITIZE_TIMEOUT_FACTOR (instrumented code runs a few times slower; what the tests assert stays the same).
if(WITHER_SANITIZE)
    set(WITHER_SANITIZE_TIMEOUT_FACTOR 3 CACHE STRING "Test timeouts are multiplied by this in a sanitized build")
endif()

function(wither_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} Qt6::Test Wither::CommonOptions)
    set_target_properties(${ARG_NAME} PROPERTIES AUTOMOC ON)
    if(WITHER_SANITIZE)
        add_test(NAME ${ARG_NAME}
            COMMAND "${PROJECT_SOURCE_DIR}/tests/sanitizers/run-test.sh"
                    "${PROJECT_BINARY_DIR}/sanitizer-reports/${ARG_NAME}" $<TARGET_FILE:${ARG_NAME}>)
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    endif()
    set(env "WITHER_TEST_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(WITHER_SANITIZE)
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${WITHER_SANITIZE_TIMEOUT_FACTOR}")
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
