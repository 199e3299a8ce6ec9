#include <catch2/catch.hpp>

#include <practice/error.hpp>
#include <practice/template_parser.hpp>

using namespace practice;

namespace {
const char* sample =
    "\xEF\xBB\xBF"
    "1. Название практики:\r\n"
    "Клуб «Вместе»\r\n"
    "Сроки реализации: 2021 – по настоящее время\r\n"
    "2. ОРГАНИЗАЦИЯ, РЕАЛИЗУЮЩАЯ СОЦИАЛЬНУЮ ПРАКТИКУ\r\n"
    "Наименование: АНО «Вместе»\r\n"
    "Руководитель: Иванова Анна Петровна\r\n"
    "Регион: Респ. Бурятия\r\n"
    "Краткое описание\r\n"
    "Клуб для родителей.\r\n"
    "5) Целевая группа\r\n"
    "• родители детей с ДЦП\r\n"
    "· дети 3–10 лет\r\n"
    "Задачи\n"
    "1) встречи\n"
    "2) консультации\n"
    "10. Результаты\n"
    "Количественные результаты:\n"
    "- 40 семей\n"
    "11. Ресурсы\n"
    "Кадровые ресурсы: 2 психолога\n"
    "Финансовые: без финансирования\n"
    "15. Контакты\n"
    "E-mail: club@example.ru\n"
    "Телефон: +7 (3012) 11-22-33\n"
    "15. Информация об организации\n"
    "Работаем с 2015 года.\n";
}

TEST_CASE("template text with heading variants, bullets, BOM and CRLF", "[template]") {
  const auto docs = parse_template(sample, "club.txt");
  REQUIRE(docs.size() == 1);
  const Practice& p = docs[0].practice;
  CHECK(p.title == "Клуб «Вместе»");
  CHECK(p.period.start == 2021);
  CHECK(p.period.ongoing);
  CHECK(p.organization.name == "АНО «Вместе»");
  CHECK(p.organization.head == "Иванова Анна Петровна");
  CHECK(p.organization.region == "Респ. Бурятия");
  CHECK(p.summary == "Клуб для родителей.");
  CHECK(p.target_groups == std::vector<std::string>{"родители детей с ДЦП", "дети 3–10 лет"});
  CHECK(p.tasks == std::vector<std::string>{"встречи", "консультации"});
  CHECK(p.results.quantitative == "- 40 семей");
  CHECK(p.resources.personnel == "2 психолога");
  CHECK(p.resources.financial == "без финансирования");
  CHECK(p.contacts.email == "club@example.ru");
  CHECK(p.contacts.phone == "+7 (3012) 11-22-33");
  CHECK(p.organization_info == "Работаем с 2015 года.");  // the seed's second "15."
  CHECK(docs[0].sections.front().line == 1);
}

TEST_CASE("invalid UTF-8 is rejected with the byte offset", "[template]") {
  const std::string bad = "1. Название социальной практики\nКлуб \xD0\n";
  try {
    parse_template(bad, "bad.txt");
    FAIL("no error");
  } catch (const ParseError& e) {
    CHECK(e.file() == "bad.txt");
    CHECK(e.line() == 2);
    CHECK(std::string(e.what()).find("байте 67") != std::string::npos);
  }
}

TEST_CASE("text without headings and UTF-16 are rejected clearly", "[template]") {
  CHECK_THROWS_WITH(parse_template("просто текст\nбез заголовков", "x.txt"), Catch::Contains("не найдено ни одного заголовка"));
  CHECK_THROWS_WITH(parse_template(std::string("\xFF\xFE\x31\x00", 4), "u.txt"), Catch::Contains("UTF-16"));
}

TEST_CASE("two practices in one file", "[template]") {
  const auto docs = parse_template("Название практики\nПервая\nЦель\nА\nНазвание практики\nВторая\nЦель\nБ\n", "two.txt");
  REQUIRE(docs.size() == 2);
  CHECK(docs[1].practice.title == "Вторая");
  CHECK(docs[1].first_line == 5);
}
