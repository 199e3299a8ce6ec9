# Script mode: cmake -DINPUT=file -DOUTPUT=file.cpp -DNAME=symbol -P EmbedFile.cmake
# Writes a C++ source defining practice::detail::NAME as a std::string_view of the file's bytes.
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
  "namespace practice::detail {\nstatic const char ${NAME}_data[] = {${bytes} 0};\n"
  "extern const std::string_view ${NAME}(${NAME}_data, sizeof(${NAME}_data) - 1);\n}\n")
