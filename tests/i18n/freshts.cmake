# CTest fixture of tst_translations: copies the committed .ts files of TS_DIR into COPY_DIR and
# runs the ccedit_lupdate_check target of BUILD_DIR (translations/CMakeLists.txt), which is
# update_translations aimed at the copies, so the committed files are never touched.
file(GLOB committed "${TS_DIR}/ccedit_*.ts")
if(NOT committed)
    message(FATAL_ERROR "no ccedit_*.ts files in ${TS_DIR}")
endif()
file(REMOVE_RECURSE "${COPY_DIR}")
file(COPY ${committed} DESTINATION "${COPY_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target ccedit_lupdate_check
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate into the copies of the .ts files failed (${result})")
endif()
