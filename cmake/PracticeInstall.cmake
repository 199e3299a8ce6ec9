# Installs the libraries, headers, the CLI and a CMake package (find_package(practice)).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
set(targets practice_core practice_index practice_matcher)
install(TARGETS ${targets} EXPORT practiceTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
if(TARGET practice_cli)
  install(TARGETS practice_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(DIRECTORY libpractice/include/ index/include/ matcher/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/include/practice/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/practice)
install(EXPORT practiceTargets NAMESPACE practice:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/practice)
file(WRITE ${PROJECT_BINARY_DIR}/practiceConfig.cmake.in [=[
@PACKAGE_INIT@
include(CMakeFindDependencyMacro)
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
find_dependency(nlohmann_json 3)
find_dependency(ICU COMPONENTS uc i18n)
find_dependency(Snowball)
find_dependency(XapianLib)
find_dependency(LibZip)
find_dependency(pugixml)
find_dependency(zstd)
include("${CMAKE_CURRENT_LIST_DIR}/practiceTargets.cmake")
]=])
configure_package_config_file(${PROJECT_BINARY_DIR}/practiceConfig.cmake.in ${PROJECT_BINARY_DIR}/practiceConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/practice)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/practiceConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/practiceConfig.cmake ${PROJECT_BINARY_DIR}/practiceConfigVersion.cmake
              cmake/FindSnowball.cmake cmake/FindXapianLib.cmake cmake/FindLibZip.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/practice)
