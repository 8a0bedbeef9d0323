# wither_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [GUI] [TIMEOUT <s>] [LABELS <l...>])
# Builds one Qt Test executable and registers it with CTest. GUI tests run offscreen.
# Every test knows where the programs under test are through compile definitions.
function(wither_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} Qt6::Test Wither::CommonOptions)
    set_target_properties(${ARG_NAME} PROPERTIES AUTOMOC ON)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env "WITHER_TEST_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
