# SPDX-FileCopyrightText: 2026 LinkPoint contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when lupdate over the current sources leaves any zh_CN message unfinished.
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
set(scratch ${WORK_DIR}/${ts_name})
file(COPY_FILE ${TS_FILE} ${scratch})
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none -I ${SOURCE_ROOT} @${SOURCES_FILE}
            -ts ${scratch}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS ${scratch} lines)
set(unfinished 0)
set(previous_source "")
foreach(line IN LISTS lines)
    if(line MATCHES "<source>(.*)</source>")
        set(previous_source "${CMAKE_MATCH_1}")
    endif()
    if(line MATCHES "type=\"unfinished\"" OR line MATCHES "<translation></translation>")
        math(EXPR unfinished "${unfinished} + 1")
        message("unfinished: ${previous_source}")
    endif()
endforeach()
if(unfinished GREATER 0)
    message(FATAL_ERROR "${unfinished} zh_CN message(s) are unfinished. Run "
        "`cmake --build <build> --target update_translations` and translate them in ${TS_FILE}.")
endif()
message("zh_CN translation complete")
