# Finds libzip through pkg-config (Debian: libzip-dev) and provides LibZip::LibZip. Debian's own
# libzip CMake config names tools (zipcmp, …) from a package libzip-dev does not pull in.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_LIBZIP QUIET libzip)
endif()
find_path(LibZip_INCLUDE_DIR NAMES zip.h HINTS ${PC_LIBZIP_INCLUDE_DIRS})
find_library(LibZip_LIBRARY NAMES zip HINTS ${PC_LIBZIP_LIBRARY_DIRS})
set(LibZip_VERSION ${PC_LIBZIP_VERSION})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibZip REQUIRED_VARS LibZip_LIBRARY LibZip_INCLUDE_DIR VERSION_VAR LibZip_VERSION)
if(LibZip_FOUND AND NOT TARGET LibZip::LibZip)
  add_library(LibZip::LibZip UNKNOWN IMPORTED)
  set_target_properties(LibZip::LibZip PROPERTIES
    IMPORTED_LOCATION "${LibZip_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LibZip_INCLUDE_DIR}")
endif()
mark_as_advanced(LibZip_INCLUDE_DIR LibZip_LIBRARY)
