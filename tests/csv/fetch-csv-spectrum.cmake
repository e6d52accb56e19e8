# Fetches the csv-spectrum conformance suite (npm package csv-spectrum 2.0.0) into DEST:
#     cmake -DDEST=<folder> -P fetch-csv-spectrum.cmake
# It never fails: when npm or the registry is not available it writes DEST/REASON.txt, and
# tst_csvspectrum reports itself skipped with that reason.
set(package csv-spectrum-2.0.0)
if(EXISTS "${DEST}/package/csvs" AND EXISTS "${DEST}/package/json")
    return()
endif()
file(REMOVE_RECURSE "${DEST}")
file(MAKE_DIRECTORY "${DEST}")

find_program(NPM npm)
if(NOT NPM)
    file(WRITE "${DEST}/REASON.txt" "npm is not installed, so csv-spectrum 2.0.0 could not be fetched")
    return()
endif()
execute_process(COMMAND "${NPM}" pack csv-spectrum@2.0.0 --pack-destination "${DEST}"
    WORKING_DIRECTORY "${DEST}" RESULT_VARIABLE result ERROR_VARIABLE errors OUTPUT_QUIET TIMEOUT 180)
if(NOT result EQUAL 0 OR NOT EXISTS "${DEST}/${package}.tgz")
    file(WRITE "${DEST}/REASON.txt" "npm pack csv-spectrum@2.0.0 failed (${result}): ${errors}")
    return()
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar xzf "${package}.tgz"
    WORKING_DIRECTORY "${DEST}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(WRITE "${DEST}/REASON.txt" "unpacking ${package}.tgz failed")
endif()
