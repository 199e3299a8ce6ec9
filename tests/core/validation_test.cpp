#include <catch2/catch.hpp>

#include <practice/template_parser.hpp>
#include <practice/validation.hpp>

using namespace practice;

namespace {
LoadedPractice from_text(const std::string& text) {
  auto docs = parse_template(text, "v.txt");
  return {docs.at(0).practice, docs.at(0).sections};
}
bool has(const ValidationReport& r, const std::string& code, const std::string& message_part) {
  for (const auto& i : r.issues)
    if (i.code == code && i.message.find(message_part) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("validation names missing sections in Russian with the line", "[template]") {
  const auto r = validate(from_text("1. Название практики\nКлуб\nСроки реализации: 2015–2018\n2. Организация\n"
                                    "Наименование: АНО «Клуб»\nРегион: Атлантида\n15. Контакты\nE-mail: плохой-адрес\n"),
                          {.reference_year = 2026});
  CHECK_FALSE(r.ok());
  CHECK(has(r, "missing_section", "не заполнен раздел «Целевая группа»"));
  CHECK(has(r, "stale_practice", "не действует в последние 3 года"));
  CHECK(has(r, "unknown_region", "неизвестный регион «Атлантида»"));
  CHECK(has(r, "bad_email", "адрес электронной почты"));
  for (const auto& i : r.issues)
    if (i.code == "bad_email") CHECK(i.line == 7);
}

TEST_CASE("the shipped corpus validates without errors", "[template]") {
  const auto loaded = load_paths({std::string(PRACTICE_CORPUS_DIR) + "/practices"});
  for (const auto& r : validate_all(loaded.practices, {.reference_year = 2026})) {
    INFO(r.source);
    CHECK(r.ok());
    CHECK(r.readiness > 0.8);
  }
}

TEST_CASE("duplicate ids in one run are errors", "[template]") {
  auto a = from_text("Название практики\nА\n");
  auto b = a;
  a.practice.id = b.practice.id = "same";
  const auto reports = validate_all({a, b});
  CHECK(has(reports[1], "duplicate_id", "уже встречался"));
}
