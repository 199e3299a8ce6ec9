// Bad input through the `practice` program: the message a user sees, the exit status, and an
// existing bank that loses nothing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <practice/bank.hpp>

#include "support/fixtures.hpp"

namespace fs = std::filesystem;

using practice::testing::run_cli;

namespace {
bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("practice-badcli-" + std::to_string(::getpid()));
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
  }
};
}  // namespace

TEST_CASE("index: a bad record in the middle is reported, the rest indexed, the bank kept", "[cli][bad-input]") {
  Scratch s;
  const fs::path db = s.dir / "bank";
  REQUIRE(run_cli("index --db " + db.string() + " " + PRACTICE_CORPUS_DIR + "/practices").status == 0);
  const std::size_t before = practice::Bank::open(db).size();

  const fs::path bad = s.write("new.jsonl",
                               "{\"id\":\"n1\",\"title\":\"Новая практика один\",\"region\":\"Омская область\"}\n"
                               "{\"id\":\"n2\",\"title\": нет кавычек}\n"
                               "{\"id\":\"n3\",\"title\":\"Новая практика три\",\"target_groups\":7}\n"
                               "{\"id\":\"n4\",\"title\":\"Новая практика четыре\"}\n");
  const auto r = run_cli("index --db " + db.string() + " " + bad.string());
  CHECK(r.status == 1);
  CHECK(has(r.out, bad.string() + ":2: строка не является корректным JSON"));
  CHECK(has(r.out, bad.string() + ":3: поле \"target_groups\": ожидается список строк, получено: число"));
  CHECK(has(r.out, "добавлено: 2, заменено: 0, с ошибками: 2; всего в банке: " + std::to_string(before + 2)));
  practice::Bank bank = practice::Bank::open(db);
  CHECK(bank.size() == before + 2);
  CHECK(bank.find("n1"));
  CHECK(bank.find("n4"));
  CHECK_FALSE(bank.find("n3"));
}

TEST_CASE("index: inputs that are not practices at all", "[cli][bad-input]") {
  Scratch s;
  const fs::path db = s.dir / "bank";
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("1. Title\n")) utf16 += std::string{c, '\0'};
  const auto r = run_cli("index --db " + db.string() + " " + s.write("u16.txt", utf16).string() + " " +
                              s.write("empty.jsonl", "").string() + " " + s.write("notes.txt", "просто заметки\n").string() +
                              " " + (s.dir / "missing.json").string());
  CHECK(r.status == 1);
  CHECK(has(r.out, "u16.txt:1: файл в кодировке UTF-16; сохраните его в UTF-8"));
  CHECK(has(r.out, "empty.jsonl: файл пуст"));
  CHECK(has(r.out, "notes.txt: не найдено ни одного заголовка шаблона"));
  CHECK(has(r.out, "missing.json: файл не найден"));
  CHECK(has(r.out, "добавлено: 0, заменено: 0, с ошибками: 4; всего в банке: 0"));
}

TEST_CASE("bank paths: missing, a file, not a bank", "[cli][bad-input][paths]") {
  Scratch s;
  const auto missing = run_cli("search --db " + (s.dir / "nope").string() + " дети");
  CHECK(missing.status == 3);
  CHECK(has(missing.out, "practice: error: no bank at"));
  const fs::path file = s.write("file", "x");
  const auto not_dir = run_cli("index --db " + file.string() + " " + PRACTICE_CORPUS_DIR + "/practices");
  CHECK(not_dir.status == 3);
  CHECK(has(not_dir.out, "exists and is not a directory"));
  fs::create_directories(s.dir / "other");
  s.write("other/readme.txt", "мои файлы");
  const auto foreign = run_cli("index --db " + (s.dir / "other").string() + " " + PRACTICE_CORPUS_DIR + "/practices");
  CHECK(foreign.status == 3);
  CHECK(has(foreign.out, "is not empty and is not a bank"));
  CHECK(fs::exists(s.dir / "other/readme.txt"));
}

TEST_CASE("match: bad profiles name the file and line", "[cli][bad-input][profile]") {
  Scratch s;
  const fs::path db = s.dir / "bank";
  REQUIRE(run_cli("index --db " + db.string() + " " + PRACTICE_CORPUS_DIR + "/practices").status == 0);
  const fs::path unknown = s.write("p1.json", "{\n  \"problem\": \"дети с аутизмом\",\n  \"region\": \"Нарния\"\n}\n");
  const auto r1 = run_cli("match --db " + db.string() + " --profile " + unknown.string());
  CHECK(r1.status == 3);
  CHECK(has(r1.out, unknown.string() + ":3: поле \"region\": неизвестный регион «Нарния»"));
  const fs::path negative = s.write("p2.json", "{\"problem\": \"дети\", \"resources\": {\"financial\": -100}}");
  CHECK(has(run_cli("match --db " + db.string() + " --profile " + negative.string()).out, "отрицательное значение -100"));
  const fs::path empty = s.write("p3.json", "{\"region\": \"Омская область\"}");
  CHECK(has(run_cli("match --db " + db.string() + " --profile " + empty.string()).out,
            "нужно указать проблему (problem) или целевые группы"));
  const fs::path other_spelling = s.write("p4.json", "{\"problem\": \"дети с аутизмом\", \"region\": \"Респ. Бурятия\"}");
  const auto ok = run_cli("match --db " + db.string() + " --json --profile " + other_spelling.string());
  CHECK(ok.status == 0);
  CHECK(has(ok.out, "Республика Бурятия"));
  const fs::path weights = s.write("w.json", "{\"need\": ");
  const auto bad_weights = run_cli("match --db " + db.string() + " --weights " + weights.string() + " --profile " + other_spelling.string());
  CHECK(bad_weights.status == 2);
  CHECK(has(bad_weights.out, "is not valid JSON"));
}
