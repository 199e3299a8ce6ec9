# Xapian's own CMake config only sets variables; wrap it as the imported target Xapian::Xapian.
find_package(xapian CONFIG QUIET)
if(xapian_FOUND)
  set(XapianLib_INCLUDE_DIR ${XAPIAN_INCLUDE_DIR})
  set(XapianLib_LIBRARY ${XAPIAN_LIBRARIES})
else()
  find_path(XapianLib_INCLUDE_DIR NAMES xapian.h)
  find_library(XapianLib_LIBRARY NAMES xapian)
endif()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XapianLib REQUIRED_VARS XapianLib_LIBRARY XapianLib_INCLUDE_DIR)
if(XapianLib_FOUND AND NOT TARGET Xapian::Xapian)
  add_library(Xapian::Xapian INTERFACE IMPORTED)
  set_target_properties(Xapian::Xapian PROPERTIES
    INTERFACE_LINK_LIBRARIES "${XapianLib_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${XapianLib_INCLUDE_DIR}")
endif()
