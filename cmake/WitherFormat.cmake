# `format` rewrites the sources with clang-format 14; `format-check` fails when a file is not formatted.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format-14 clang-format)
if(CLANG_FORMAT_EXECUTABLE)
    set(_wither_format_dirs shared server desktop tests)
    set(_wither_format_globs)
    foreach(dir IN LISTS _wither_format_dirs)
        list(APPEND _wither_format_globs
            "${CMAKE_SOURCE_DIR}/${dir}/*.cpp" "${CMAKE_SOURCE_DIR}/${dir}/*.h")
    endforeach()
    file(GLOB_RECURSE WITHER_FORMAT_SOURCES CONFIGURE_DEPENDS ${_wither_format_globs})
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${WITHER_FORMAT_SOURCES}
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        COMMENT "clang-format: rewriting sources")
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror ${WITHER_FORMAT_SOURCES}
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        COMMENT "clang-format: checking sources")
endif()
