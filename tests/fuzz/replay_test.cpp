// Every input a fuzzer once crashed on (tests/fuzz_regressions/<target>/) stays a test: the
// target must now handle it (a practice::Error is fine, anything else fails the run).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "targets.hpp"

namespace fs = std::filesystem;

namespace {
std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("saved fuzzer inputs are handled", "[fuzz]") {
  const std::map<std::string, std::function<void(std::string_view)>> targets = {
      {"template_parser", practice::fuzz::template_parser},
      {"json_loader", practice::fuzz::json_loader},
      {"docx_reader", practice::fuzz::docx_reader},
      {"profile_loader", practice::fuzz::profile_loader},
      {"query", practice::fuzz::query}};
  std::size_t replayed = 0;
  for (const auto& [name, run] : targets) {
    const fs::path dir = fs::path(PRACTICE_FUZZ_REGRESSIONS) / name;
    REQUIRE(fs::is_directory(dir));
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
      INFO(entry.path().string());
      CHECK_NOTHROW(run(read_file(entry.path())));
      ++replayed;
    }
  }
  CHECK(replayed > 0);
}
