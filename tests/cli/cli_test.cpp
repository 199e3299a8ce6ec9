// The CLI as a process on a temporary bank built from the corpus.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "support/fixtures.hpp"

namespace fs = std::filesystem;

using practice::testing::run_cli;

namespace {
const std::string& db() {
  static const std::string dir = (fs::temp_directory_path() / ("practice-cli-" + std::to_string(::getpid()))).string();
  static bool built = [] {
    fs::remove_all(dir);
    return run_cli("index --db " + dir + " " + PRACTICE_CORPUS_DIR + "/practices").status == 0;
  }();
  REQUIRE(built);
  return dir;
}
}  // namespace

TEST_CASE("index, search --json, show, stats", "[cli]") {
  const auto r = run_cli("search --db " + db() + " --json --limit 3 детей-инвалидов");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["results"].size() == 3);
  for (const auto& h : j["results"]) {
    CHECK(h.contains("id"));
    CHECK(h.contains("title"));
    CHECK(h.contains("region"));
    CHECK(h.contains("score"));
    CHECK(h["snippet"].get<std::string>().find("<b>") != std::string::npos);
  }
  const std::string id = j["results"][0]["id"];
  CHECK(run_cli("show --db " + db() + " " + id).out.find("1. Название социальной практики") != std::string::npos);
  const auto stats = nlohmann::json::parse(run_cli("stats --db " + db() + " --json").out);
  CHECK(stats["total"].get<int>() >= 60);
}

TEST_CASE("match prints explanations", "[cli]") {
  const auto r = run_cli("match --db " + db() + " --json --limit 3 --profile " + PRACTICE_CORPUS_DIR + "/profiles/irkutsk-autism-families.json");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["results"].size() == 3);
  CHECK(j["results"][0]["explanation"]["signals"].size() >= 4);
  const auto human = run_cli("match --db " + db() + " --limit 2 --profile " + PRACTICE_CORPUS_DIR + "/profiles/irkutsk-autism-families.json");
  CHECK(human.out.find("Почему:") != std::string::npos);
}

TEST_CASE("errors go to stderr with exit codes", "[cli]") {
  CHECK(run_cli("search --db /nonexistent/bank дети").status == 3);
  const auto empty = run_cli("search --db " + db() + " \"\"");
  CHECK(empty.status == 2);
  CHECK(empty.out.find("practice: error: пустой запрос") != std::string::npos);
  CHECK(run_cli("search --db " + db() + " --region Атлантида дети").out.find("неизвестный регион") != std::string::npos);
  CHECK(run_cli("frobnicate").status == 2);
}

TEST_CASE("validate passes on the corpus and fails on a broken file", "[cli]") {
  CHECK(run_cli(std::string("validate --quiet ") + PRACTICE_CORPUS_DIR + "/practices").status == 0);
  const fs::path bad = fs::temp_directory_path() / "practice-bad.txt";
  std::ofstream(bad) << "1. Название практики\nКлуб\n";
  const auto r = run_cli("validate " + bad.string());
  CHECK(r.status == 1);
  CHECK(r.out.find("не заполнен раздел «Целевая группа»") != std::string::npos);
  fs::remove(bad);
}

TEST_CASE("batch search prints one JSON line per query with took_ms", "[cli]") {
  const fs::path queries = fs::temp_directory_path() / "practice-queries.txt";
  std::ofstream(queries) << "аутизм\nиппотерапия\n";
  const auto r = run_cli("search --db " + db() + " --json --batch " + queries.string());
  REQUIRE(r.status == 0);
  std::size_t lines = 0;
  for (std::size_t pos = 0; (pos = r.out.find('\n', pos)) != std::string::npos; ++pos) ++lines;
  CHECK(lines == 2);
  CHECK(nlohmann::json::parse(r.out.substr(0, r.out.find('\n'))).contains("took_ms"));
  fs::remove(queries);
}
