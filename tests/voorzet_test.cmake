# voorzet_add_test(NAME tst_foo SOURCES tst_foo.cpp [LIBS ...] [LABELS ...])
# builds one Qt Test executable into build/bin and registers it with CTest.
# Every test runs offscreen and with a private settings/data folder.
function(voorzet_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test ${arg_LIBS})
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;VOORZET_SOURCE_DIR=${PROJECT_SOURCE_DIR};VOORZET_BIN_DIR=${CMAKE_BINARY_DIR}/bin")
endfunction()

# voorzet_add_bench(NAME bench-foo SOURCES ... [LIBS ...]) builds build/bin/bench-foo.
function(voorzet_add_bench)
    cmake_parse_arguments(arg "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE ${arg_LIBS})
endfunction()
