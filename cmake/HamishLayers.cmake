# The core is a stack of layers, each a static library in src/core/<layer>/ (see ARCHITECTURE.md). A layer
# may use only the layers it names; the build checks both its links (at configure time) and its includes
# (before it compiles), so a dependency in the wrong direction is a build error, not a review comment.

# hamish_check_layer(<target> [ALLOWED <layer>...] [NOT_CORE])
function(hamish_check_layer target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NOT_CORE" "" "ALLOWED")
    get_target_property(source_dir ${target} SOURCE_DIR)
    get_filename_component(layer "${source_dir}" NAME)
    set(core ON)
    if(arg_NOT_CORE)
        set(core OFF)
    endif()
    # Links: a hamish_<layer> library that is not allowed is a configure error.
    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(link IN LISTS links)
        if(link MATCHES "^hamish_([a-z]+)$" AND NOT CMAKE_MATCH_1 IN_LIST arg_ALLOWED)
            message(FATAL_ERROR "${target} links ${link}: the ${layer} layer may use only: ${arg_ALLOWED}")
        endif()
    endforeach()
    string(REPLACE ";" "," allowed "${arg_ALLOWED}")
    add_custom_target(${target}_layer_check
        COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR="${source_dir}" -DLAYER=${layer} "-DALLOWED=${allowed}"
                -DCORE=${core} -P "${PROJECT_SOURCE_DIR}/cmake/ScanLayerIncludes.cmake"
        COMMENT "Checking the includes of the ${layer} layer")
    add_dependencies(${target} ${target}_layer_check)
endfunction()
