# SPDX-FileCopyrightText: 2026 LinkPoint contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from the build folder and checks what it holds and depends on.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND ${CPACK} -G DEB -B ${WORK_DIR} WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs ${WORK_DIR}/linkpoint_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one linkpoint_*.deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
set(missing)
foreach(path
        ./usr/bin/linkpoint
        ./usr/bin/linkpoint-cli
        ./usr/share/applications/org.linkpoint.LinkPoint.desktop
        ./usr/share/metainfo/org.linkpoint.LinkPoint.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/org.linkpoint.LinkPoint.svg
        ./usr/share/icons/hicolor/16x16/apps/org.linkpoint.LinkPoint.png
        ./usr/share/icons/hicolor/256x256/apps/org.linkpoint.LinkPoint.png)
    string(FIND "${contents}" " ${path}\n" at)
    if(at EQUAL -1)
        list(APPEND missing ${path})
    endif()
endforeach()
foreach(package libqt6sql6-sqlite fonts-arphic-uming fonts-wqy-microhei libqt6svg6 libqt6widgets6)
    string(FIND "${depends}" "${package}" at)
    if(at EQUAL -1)
        list(APPEND missing "Depends: ${package}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "the .deb lacks: ${missing}\nDepends: ${depends}\n${contents}")
endif()
message("${debs} holds everything; Depends: ${depends}")
