// Bad input for the readers (issue #7): each case gets a clear Russian message naming the
// file and line (or byte), and the good records beside it still load.
#include <catch2/catch.hpp>

#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/loader.hpp>
#include <practice/template_parser.hpp>

using namespace practice;

namespace {
struct Loaded {
  std::vector<Practice> ok;
  std::vector<LoadError> errors;
};
Loaded load(std::string_view text, const std::string& name) {
  Loaded r;
  load_text(text, name, [&](LoadedPractice&& p) { r.ok.push_back(std::move(p.practice)); },
            [&](LoadError&& e) { r.errors.push_back(std::move(e)); });
  return r;
}
bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

const std::string good_template =
    "1. Название социальной практики\nКлуб «Вместе»\n"
    "3. Краткое описание социальной практики\nВстречи родителей детей с аутизмом.\n"
    "5. Целевая группа\n- родители детей с РАС\n";
}  // namespace

TEST_CASE("JSON: unknown keys are ignored, the known ones kept", "[bad-input][json]") {
  const auto r = load(R"({"id":"x","title":"Клуб","цвет":"синий","rating":5,"target_groups":["дети"]})", "u.json");
  REQUIRE(r.errors.empty());
  REQUIRE(r.ok.size() == 1);
  CHECK(r.ok[0].title == "Клуб");
  CHECK(r.ok[0].target_groups == std::vector<std::string>{"дети"});
}

TEST_CASE("JSON: wrong types name the key", "[bad-input][json]") {
  const auto r = load("{\"id\":\"a\",\"period\":{\"start\":\"давно\"}}\n"
                      "{\"id\":\"b\",\"organization\":[1,2]}\n"
                      "{\"id\":\"c\",\"replications\":{\"region\":\"Омск\"}}\n"
                      "{\"id\":\"d\",\"resources\":\"много\"}\n",
                      "types.jsonl");
  CHECK(r.ok.empty());
  REQUIRE(r.errors.size() == 4);
  CHECK(r.errors[0].line == 1);
  CHECK(has(r.errors[0].message, "поле \"start\": ожидается год"));
  CHECK(has(r.errors[1].message, "поле \"organization\": ожидается объект"));
  CHECK(has(r.errors[2].message, "поле \"replications\": ожидается список"));
  CHECK(has(r.errors[3].message, "поле \"resources\": ожидается объект"));
}

TEST_CASE("JSON: absurd years are rejected, not wrapped around", "[bad-input][json]") {
  const auto r = load("{\"id\":\"a\",\"period\":{\"start\":99999999999}}\n"
                      "{\"id\":\"b\",\"period\":{\"start\":\"-5\"}}\n"
                      "{\"id\":\"c\",\"period\":{\"start\":2019,\"end\":\"2021\"}}\n",
                      "years.jsonl");
  REQUIRE(r.errors.size() == 2);
  CHECK(has(r.errors[0].message, "вне диапазона"));
  CHECK(r.errors[1].line == 2);
  REQUIRE(r.ok.size() == 1);
  CHECK(r.ok[0].period.end == 2021);
}

TEST_CASE("JSON: a number beyond double is reported, not thrown through (found by fuzzing)", "[bad-input][json]") {
  const auto lines = load("{\"id\":\"a\",\"title\":\"Клуб\"}\n{\"id\":\"b\",\"resources\":{\"financial\":-5e308z}}\n"
                          "{\"id\":\"c\",\"resources\":{\"financial\":1e999}}\n",
                          "overflow.jsonl");
  CHECK(lines.ok.size() == 1);
  REQUIRE(lines.errors.size() == 2);
  CHECK(lines.errors[1].line == 3);
  CHECK(has(lines.errors[1].message, "число вне допустимого диапазона"));
  const auto file = load("[{\"id\":\"a\",\"period\":{\"start\":-1e400}}]", "overflow.json");
  REQUIRE(file.errors.size() == 1);
  CHECK(has(file.errors[0].message, "число вне допустимого диапазона"));
}

TEST_CASE("JSON: deep nesting is refused before parsing, with the byte", "[bad-input][json]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto as_file = load(deep, "deep.json");
  REQUIRE(as_file.errors.size() == 1);
  CHECK(has(as_file.errors[0].message, "вложенность JSON глубже 64 уровней (байт 64)"));
  const auto as_lines = load("{\"id\":\"ok\",\"title\":\"Клуб\"}\n{\"id\":\"x\",\"title\":" + deep + "}\n", "deep.jsonl");
  REQUIRE(as_lines.errors.size() == 1);
  CHECK(as_lines.errors[0].line == 2);
  CHECK(as_lines.ok.size() == 1);
  // Brackets inside strings are text, not nesting.
  CHECK(load("{\"title\":\"" + std::string(1000, '[') + "\"}", "s.json").errors.empty());
}

TEST_CASE("JSON: a 50 MB record is rejected unread, the next one loads", "[bad-input][json]") {
  std::string big = "{\"id\":\"big\",\"summary\":\"" + std::string(50u << 20, 'a') + "\"}\n";
  big += "{\"id\":\"small\",\"title\":\"Клуб\"}\n";
  const auto r = load(big, "big.jsonl");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].line == 1);
  CHECK(has(r.errors[0].message, "описание слишком большое (51 МБ, предел 16 МБ)"));
  REQUIRE(r.ok.size() == 1);
  CHECK(r.ok[0].id == "small");
}

TEST_CASE("JSON: not JSON at all, a bare value, an over-long id", "[bad-input][json]") {
  const auto binary = load(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "image.json");
  REQUIRE(binary.errors.size() == 1);
  CHECK(has(binary.errors[0].message, "нулевой байт"));
  const auto text = load("Это не JSON, а письмо.", "letter.json");
  REQUIRE(text.errors.size() == 1);
  CHECK(has(text.errors[0].message, "не является корректным JSON (байт 1)"));
  const auto bare = load("42", "n.json");
  REQUIRE(bare.errors.size() == 1);
  CHECK(has(bare.errors[0].message, "ожидается объект практики"));
  const auto long_id = load("{\"id\":\"" + std::string(300, 'x') + "\"}", "id.json");
  REQUIRE(long_id.errors.size() == 1);
  CHECK(has(long_id.errors[0].message, "поле \"id\": длиннее 200 байт"));
}

TEST_CASE("text: UTF-16 with and without a byte order mark", "[bad-input][template]") {
  std::string utf16;
  for (char c : std::string("1. Name of the practice\n")) utf16 += std::string{c, '\0'};
  for (const std::string& text : {utf16, "\xFF\xFE" + utf16}) {
    const auto r = load(text, "u16.txt");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 1);
    CHECK(has(r.errors[0].message, "UTF-16; сохраните его в UTF-8"));
  }
}

TEST_CASE("text: a NUL byte is reported with its line and byte", "[bad-input][template]") {
  std::string text = good_template;
  text.insert(text.find("Встречи"), std::string(1, '\0'));
  const auto r = load(text, "nul.txt");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].line == 4);
  CHECK(has(r.errors[0].message, "нулевой байт в байте"));
  CHECK(r.ok.empty());
}

TEST_CASE("text: only whitespace, and invalid UTF-8 in the middle", "[bad-input][template]") {
  const auto blank = load(" \n\t\r\n  \n", "blank.txt");
  REQUIRE(blank.errors.size() == 1);
  CHECK(blank.errors[0].message == "файл пуст");
  std::string bad = good_template;
  bad.insert(bad.find("Встречи"), "\xC3\x28");
  const auto r = load(bad, "latin1.txt");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].line == 4);
  CHECK(has(r.errors[0].message, "недопустимая последовательность UTF-8 в байте"));
}

TEST_CASE("text: headings in another order and repeated sections keep every word", "[bad-input][template]") {
  const auto docs = parse_template(
      "5. Целевая группа\n- пожилые люди\n"
      "1. Название социальной практики\nКлуб\n"
      "3. Краткое описание\nПервая часть.\n"
      "3. Краткое описание\nВторая часть.\n",
      "order.txt");
  REQUIRE(docs.size() == 1);
  const Practice& p = docs[0].practice;
  CHECK(p.title == "Клуб");
  CHECK(p.target_groups == std::vector<std::string>{"пожилые люди"});
  CHECK(has(p.summary, "Первая часть."));
  CHECK(has(p.summary, "Вторая часть."));
}

TEST_CASE("text: a 10 MB description, a 1 MB word and a 1 MB line are read whole", "[bad-input][template]") {
  std::string text = good_template + "4. Описание социальной проблемы\n";
  const std::string paragraph = "Семьи с детьми-инвалидами живут далеко от райцентра. ";
  while (text.size() < (10u << 20)) text += paragraph;
  text += "\n6. Цель\n" + std::string(1u << 20, 'x') + "\n7. Задачи\n" + std::string(1u << 20, ' ') + "слово\n";
  const auto r = load(text, "huge.txt");
  REQUIRE(r.errors.empty());
  REQUIRE(r.ok.size() == 1);
  CHECK(r.ok[0].problem.size() > (9u << 20));
  CHECK(r.ok[0].goal.size() == (1u << 20));
  CHECK(r.ok[0].tasks == std::vector<std::string>{"слово"});
}

TEST_CASE("text: a description over 16 MB is refused without reading", "[bad-input][template]") {
  const std::string text = good_template + std::string(17u << 20, 'a');
  const auto r = load(text, "giant.txt");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].line == 0);
  CHECK(has(r.errors[0].message, "описание слишком большое"));
}
