#include <catch2/catch.hpp>

#include <practice/json.hpp>
#include <practice/loader.hpp>

#include <fstream>

#include "support/fixtures.hpp"

using namespace practice;

TEST_CASE("JSON round trip of a practice", "[json]") {
  Practice p;
  p.id = "x1";
  p.title = "Социальное такси";
  p.target_groups = {"маломобильные граждане"};
  p.period = {2020, std::nullopt, true};
  p.replications = {{"АНО «Путь»", "Омская область", 2024, "работает"}};
  const Practice back = nlohmann::json(p).get<Practice>();
  CHECK(back == p);
}

TEST_CASE("JSON Lines: a malformed line is reported, the others load", "[json]") {
  const std::string text =
      "{\"id\":\"a\",\"title\":\"Первая\"}\n"
      "{\"id\":\"b\",\"title\": oops}\n"
      "{\"id\":\"c\",\"title\":\"Третья\",\"target_groups\":5}\n"
      "{\"id\":\"d\",\"title\":\"Четвёртая\",\"target_groups\":\"дети\"}\n";
  std::vector<Practice> ok;
  std::vector<LoadError> errors;
  load_text(text, "batch.jsonl", [&](LoadedPractice&& p) { ok.push_back(p.practice); }, [&](LoadError&& e) { errors.push_back(e); });
  REQUIRE(ok.size() == 2);
  CHECK(ok[0].id == "a");
  CHECK(ok[1].target_groups == std::vector<std::string>{"дети"});
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].file == "batch.jsonl");
  CHECK(errors[0].line == 2);
  CHECK(errors[1].line == 3);
  CHECK(errors[1].message.find("target_groups") != std::string::npos);
  CHECK(errors[1].message.find("ожидается список строк") != std::string::npos);
}

TEST_CASE("JSON array, empty file, not JSON", "[json]") {
  std::vector<Practice> ok;
  std::vector<LoadError> errors;
  auto keep = [&](LoadedPractice&& p) { ok.push_back(p.practice); };
  auto err = [&](LoadError&& e) { errors.push_back(e); };
  load_text("[{\"title\":\"А\",\"region\":\"Омская область\"},{\"title\":\"Б\"}]", "arr.json", keep, err);
  CHECK(ok.size() == 2);
  CHECK(!ok[0].id.empty());  // derived
  load_text("   \n", "empty.json", keep, err);
  load_text("{\"title\": ", "broken.json", keep, err);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].message == "файл пуст");
  CHECK(errors[1].message.find("не является корректным JSON") != std::string::npos);
}

TEST_CASE("derived ids are stable and readable", "[json]") {
  Practice p;
  p.title = "Служба ранней помощи «Первые шаги»";
  p.region = "Алтайский край";
  std::vector<Practice> ok;
  load_text(nlohmann::json(p).dump(), "p.json", [&](LoadedPractice&& lp) { ok.push_back(lp.practice); }, [](LoadError&&) {});
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].id.rfind("sluzhba-ranney-pomoshchi-pervyye-shagi-", 0) == 0);
}

TEST_CASE("the shipped corpus loads without errors", "[json][template]") {
  const auto r = load_paths({std::string(PRACTICE_CORPUS_DIR) + "/practices"});
  CHECK(r.errors.empty());
  CHECK(r.practices.size() >= 60);
}

TEST_CASE("a JSON Lines file bigger than a read chunk streams, with true line numbers", "[json]") {
  // Over 16 MiB (the loader's chunk): the shipped practices repeated under new ids, one line
  // with broken UTF-8 and one that is not JSON; every other line loads, errors name their lines.
  const auto& practices = testing::corpus();
  testing::TempDir dir("stream");
  std::filesystem::create_directories(dir.path);
  const auto file = dir.path / "national.jsonl";
  std::size_t lines = 0, bytes = 0, bad_utf8_line = 0, not_json_line = 0;
  {
    std::ofstream out(file, std::ios::binary);
    while (bytes < (20u << 20)) {
      Practice p = practices[lines % practices.size()];
      p.id = "copy-" + std::to_string(lines);
      std::string line = nlohmann::json(p).dump();
      ++lines;
      if (lines == 1000) {
        line.insert(line.find("\"title\":\"") + 9, "\xC3\x28"), bad_utf8_line = lines;
      } else if (lines == 1700) {
        line = "{\"title\": ", not_json_line = lines;
      }
      out << line << '\n';
      bytes += line.size() + 1;
    }
  }
  std::size_t loaded = 0;
  std::string last_source;
  std::vector<LoadError> errors;
  load_path(file, [&](LoadedPractice&& lp) { ++loaded, last_source = lp.practice.source; },
            [&](LoadError&& e) { errors.push_back(std::move(e)); });
  CHECK(loaded == lines - 2);
  CHECK(last_source == file.string() + ":" + std::to_string(lines));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].line == bad_utf8_line);
  CHECK(errors[0].message.find("UTF-8") != std::string::npos);
  CHECK(errors[1].line == not_json_line);
}
