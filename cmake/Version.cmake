# Generates version_info.cpp at every build (not only at configure time) so that
# `chimera --version` names the commit the binary was really built from.
set(CHIMERA_VERSION_OUT ${CMAKE_BINARY_DIR}/generated/version_info.cpp)
set(CHIMERA_BUILD_LABEL "${CMAKE_BUILD_TYPE}")
if(CHIMERA_SANITIZE)
  string(REPLACE "," "+" san "${CHIMERA_SANITIZE}")
  set(CHIMERA_BUILD_LABEL "${CMAKE_BUILD_TYPE}+${san}")
endif()
add_custom_target(chimera_version_info
  COMMAND ${CMAKE_COMMAND}
          -DOUT=${CHIMERA_VERSION_OUT}
          -DSRC=${CMAKE_SOURCE_DIR}
          -DVERSION=${PROJECT_VERSION}
          -DBUILD_TYPE=${CHIMERA_BUILD_LABEL}
          -P ${CMAKE_SOURCE_DIR}/cmake/WriteVersion.cmake
  BYPRODUCTS ${CHIMERA_VERSION_OUT}
  COMMENT "Recording version and git commit")
