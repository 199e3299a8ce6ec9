// `practice index` on mixed inputs (.txt, .json, .docx) and `practice import-grants`, as processes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "support/fixtures.hpp"

namespace fs = std::filesystem;

using practice::testing::run_cli;

namespace {
fs::path temp(const std::string& what) {
  const fs::path p = fs::temp_directory_path() / ("practice-" + what + "-" + std::to_string(::getpid()));
  fs::remove_all(p);
  return p;
}
}  // namespace

TEST_CASE("index takes a folder mixing .txt, .json and .docx", "[cli]") {
  const fs::path in = temp("mixed-in"), db = temp("mixed-db");
  fs::create_directories(in / "word");
  fs::copy_file(fs::path(PRACTICE_CORPUS_DIR) / "practices/02-altai-krai-hippotherapy.txt", in / "hippotherapy.txt");
  fs::copy_file(fs::path(PRACTICE_FIXTURES_DIR) / "docx/early-help.docx", in / "word/early-help.docx");
  fs::copy_file(fs::path(PRACTICE_FIXTURES_DIR) / "docx/social-nanny.docx", in / "word/~$social-nanny.docx");  // Word's lock file
  const auto parsed = run_cli("parse " + (fs::path(PRACTICE_CORPUS_DIR) / "practices/46-buryatia-social-nanny.txt").string());
  REQUIRE(parsed.status == 0);
  std::ofstream(in / "nanny.json") << parsed.out;

  const auto r = run_cli("index --db " + db.string() + " " + in.string());
  INFO(r.out);
  CHECK(r.status == 0);
  CHECK(r.out.find("добавлено: 3, заменено: 0, с ошибками: 0") != std::string::npos);
  const auto hits = nlohmann::json::parse(run_cli("search --db " + db.string() + " --json \"ранняя помощь\"").out);
  REQUIRE(!hits["results"].empty());
  CHECK(hits["results"][0]["title"] == "Служба ранней помощи «Первые шаги»");

  // A broken .docx is reported with its file and the others still load.
  fs::copy_file(fs::path(PRACTICE_FIXTURES_DIR) / "docx/truncated.docx", in / "word/truncated.docx");
  const auto bad = run_cli("index --db " + db.string() + " " + in.string());
  CHECK(bad.status == 1);
  CHECK(bad.out.find((in / "word/truncated.docx").string() + ": файл повреждён или обрезан") != std::string::npos);
  CHECK(bad.out.find("добавлено: 0, заменено: 3, с ошибками: 1") != std::string::npos);
  fs::remove_all(in);
  fs::remove_all(db);
}

TEST_CASE("import-grants indexes records and reports unresolved regions", "[cli]") {
  const fs::path file = temp("grants") += ".jsonl", db = temp("grants-db");
  std::ofstream(file) << R"({"id": "g-1", "title": "Клуб родителей детей-инвалидов", "organization": "АНО «Вместе»", "region": "Респ. Бурятия", "years": [2009], "grant_amount_rub": 300000.0})"
                      << "\n"
                      << R"({"id": "g-2", "title": "Школа волонтёров", "organization": "РОО «Рука помощи»", "region": "Северный полюс", "years": [2010]})"
                      << "\n";
  const auto r = run_cli("import-grants --json --db " + db.string() + " " + file.string());
  INFO(r.out);
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["read"] == 2);
  CHECK(j["indexed"] == 2);
  CHECK(j["resolved"] == 1);
  CHECK(j["resolved_share"].get<double>() == Approx(0.5));
  CHECK(j["unresolved"] == nlohmann::json::parse(R"([{"region": "Северный полюс", "count": 1}])"));

  const auto text = run_cli("import-grants --db " + db.string() + " " + file.string());
  CHECK(text.out.find("прочитано записей: 2, проиндексировано: 2 (добавлено: 0, заменено: 2)") != std::string::npos);
  CHECK(text.out.find("распознан: 1 (50.0%)") != std::string::npos);
  CHECK(text.out.find("1  «Северный полюс»") != std::string::npos);
  const auto hits = nlohmann::json::parse(run_cli("search --db " + db.string() + " --json --region Бурятия инвалидов").out);
  REQUIRE(hits["results"].size() == 1);
  CHECK(hits["results"][0]["id"] == "g-1");
  fs::remove(file);
  fs::remove_all(db);
}
