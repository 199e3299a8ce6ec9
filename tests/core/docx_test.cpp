// .docx input: fixtures generated from the corpus by tests/fixtures/docx/make_fixtures.py.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <zip.h>

#include <practice/docx.hpp>
#include <practice/error.hpp>
#include <practice/loader.hpp>

using namespace practice;
namespace fs = std::filesystem;

namespace {
const fs::path fixtures = fs::path(PRACTICE_FIXTURES_DIR) / "docx";
const fs::path corpus = fs::path(PRACTICE_CORPUS_DIR) / "practices";

LoadedPractice load_one(const fs::path& file) {
  auto r = load_paths({file});
  INFO(file.string() << ": " << (r.errors.empty() ? "" : r.errors.front().to_string()));
  REQUIRE(r.errors.empty());
  REQUIRE(r.practices.size() == 1);
  return std::move(r.practices.front());
}

LoadError load_error(const fs::path& file) {
  auto r = load_paths({file});
  REQUIRE(r.practices.empty());
  REQUIRE(r.errors.size() == 1);
  return r.errors.front();
}

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A one-entry archive written with libzip; returns its bytes.
std::string make_zip(const std::string& entry, const std::string& content) {
  const fs::path path = fs::temp_directory_path() / ("practice-docx-" + std::to_string(::getpid()) + ".zip");
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(z != nullptr);
  zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
  REQUIRE(zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(z) == 0);
  std::string bytes = read_bytes(path);
  fs::remove(path);
  return bytes;
}

std::string document_xml(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
         body + "</w:body></w:document>";
}
}  // namespace

TEST_CASE("a .docx made from a corpus practice reads as its .txt", "[docx]") {
  LoadedPractice from_txt = load_one(corpus / "01-altai-krai-early-help.txt");
  LoadedPractice from_docx = load_one(fixtures / "early-help.docx");
  CHECK(from_docx.practice.title == "Служба ранней помощи «Первые шаги»");
  CHECK(from_docx.practice.organization.region == "Алтайский край");
  CHECK(from_docx.practice.id == from_txt.practice.id);
  CHECK(from_docx.practice.source == (fixtures / "early-help.docx").string() + ":1");
  // Every field, bullets and the field|value tables included, equals the text's.
  from_docx.practice.source = from_txt.practice.source = "";
  CHECK(from_docx.practice == from_txt.practice);
  REQUIRE(from_docx.sections.size() == from_txt.sections.size());
  for (std::size_t i = 0; i < from_txt.sections.size(); ++i) CHECK(from_docx.sections[i].field == from_txt.sections[i].field);
  // Section positions are paragraph numbers: heading, title paragraph (with a soft break), heading.
  CHECK(from_docx.sections[0].line == 1);
  CHECK(from_docx.sections[1].line == 3);
}

TEST_CASE(".docx bullets, numbered lists, tables and soft breaks", "[docx]") {
  const std::string bytes = read_bytes(fixtures / "early-help.docx");
  const DocxText text = docx_to_text(bytes, "early-help.docx");
  CHECK(text.text.find("Служба ранней помощи «Первые шаги»\nСроки реализации: 2018 – по настоящее время\n") != std::string::npos);
  CHECK(text.text.find("\nНаименование: АНО «Центр поддержки семьи «Ступеньки детства»\n") != std::string::npos);
  CHECK(text.text.find("\nE-mail: info@stupenki-altai.ru\n") != std::string::npos);
  CHECK(text.text.find("\n- родители, опекуны и другие члены семей, воспитывающие этих детей.\n") != std::string::npos);
  CHECK(text.text.find("\n- 1. Название") == std::string::npos);  // headings are not list items
  CHECK(text.paragraph(2) == text.paragraph(3));                  // the soft break stays in its paragraph

  const Practice nanny_txt = load_one(corpus / "46-buryatia-social-nanny.txt").practice;
  const Practice nanny = load_one(fixtures / "social-nanny.docx").practice;
  CHECK(nanny.title == nanny_txt.title);
  CHECK(nanny.effective_region() == "Республика Бурятия");
  CHECK(nanny.tasks == nanny_txt.tasks);  // "List Number" paragraphs
  CHECK(nanny.target_groups == nanny_txt.target_groups);
  // The stages table (№ | when | what): one stage per row, cells joined by "; ".
  REQUIRE(nanny.stages.size() == nanny_txt.stages.size());
  const std::string& first = nanny_txt.stages.front();
  const auto colon = first.find(':');
  CHECK(nanny.stages.front() == "1; " + first.substr(0, colon) + "; " + first.substr(colon + 2));
}

TEST_CASE("bad .docx files give a Russian error naming the file", "[docx]") {
  struct Case {
    const char* file;
    const char* reason;
  };
  for (const Case& c : {Case{"not-a-zip.docx", "не является документом Word (.docx): это не ZIP-архив"},
                        Case{"truncated.docx", "повреждён или обрезан"},
                        Case{"corrupt.docx", "повреждён"},
                        Case{"no-document.docx", "в архиве нет word/document.xml"},
                        Case{"malformed-xml.docx", "некорректный XML"},
                        Case{"no-text.docx", "в документе нет текста"}}) {
    const LoadError e = load_error(fixtures / c.file);
    INFO(e.to_string());
    CHECK(e.file == (fixtures / c.file).string());
    CHECK(e.message.find(c.reason) != std::string::npos);
    CHECK(e.to_string().rfind((fixtures / c.file).string() + ": ", 0) == 0);
  }
}

TEST_CASE("a .docx without template headings names the file", "[docx]") {
  const std::string bytes =
      make_zip("word/document.xml", document_xml("<w:p><w:r><w:t>Просто письмо без разделов шаблона.</w:t></w:r></w:p>"));
  try {
    parse_docx(bytes, "letter.docx");
    FAIL("no error");
  } catch (const ParseError& e) {
    CHECK(e.file() == "letter.docx");
    CHECK(e.reason().find("не найдено ни одного заголовка шаблона") != std::string::npos);
  }
}

TEST_CASE("zip bombs are refused with bounded memory", "[docx]") {
  const std::string paragraph = "<w:p><w:r><w:t>1. Название социальной практики</w:t></w:r></w:p>";
  const std::string filler(3 << 20, ' ');  // 3 MiB that deflates ~1000:1
  const std::string bytes = make_zip("word/document.xml", document_xml(paragraph + filler));
  const auto reason = [&](const DocxLimits& limits) {
    try {
      docx_to_text(bytes, "bomb.docx", limits);
    } catch (const ParseError& e) {
      CHECK(e.file() == "bomb.docx");
      return e.reason();
    }
    return std::string("no error");
  };
  SECTION("the compression ratio") { CHECK(reason({}).find("сжат подозрительно сильно") != std::string::npos); }
  SECTION("the declared size") {
    CHECK(reason({.max_xml_bytes = 1 << 20, .max_ratio = 100000}).find("после распаковки больше 1 МиБ") != std::string::npos);
  }
  SECTION("a header that understates the size is caught while unpacking") {
    std::string lying = bytes;
    // Patch the uncompressed size in the local header (offset 22) and the central directory
    // entry (offset 24 after its signature) to 1 KiB.
    const auto patch = [&](std::size_t at) {
      for (int i = 0; i < 4; ++i) lying[at + static_cast<std::size_t>(i)] = i == 1 ? '\x04' : '\0';
    };
    patch(22);
    patch(lying.find(std::string("PK\x01\x02", 4)) + 24);
    try {
      docx_to_text(lying, "bomb.docx", {.max_xml_bytes = 1 << 20, .max_ratio = 100000});
      FAIL("no error");
    } catch (const ParseError& e) {
      CHECK(e.reason().find("после распаковки больше 1 МиБ") != std::string::npos);
    }
  }
}

TEST_CASE(".docx is recognised by content, whatever the name", "[docx]") {
  const std::string bytes = read_bytes(fixtures / "early-help.docx");
  std::vector<LoadedPractice> got;
  load_text(bytes, "from-the-portal.bin", [&](LoadedPractice&& p) { got.push_back(std::move(p)); },
            [](LoadError&& e) { FAIL(e.to_string()); });
  REQUIRE(got.size() == 1);
  CHECK(got[0].practice.title == "Служба ранней помощи «Первые шаги»");
}

TEST_CASE("Word's own markup: numbered headings, numPr lists, tabs, links, tracked changes, a template table", "[docx]") {
  const auto p = [](const std::string& ppr, const std::string& runs) { return "<w:p><w:pPr>" + ppr + "</w:pPr>" + runs + "</w:p>"; };
  const auto r = [](const std::string& t) { return "<w:r><w:t xml:space=\"preserve\">" + t + "</w:t></w:r>"; };
  const std::string num = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>";
  const auto row = [&](const std::string& a, const std::string& b) {
    return "<w:tr><w:tc>" + p("", r(a)) + "</w:tc><w:tc>" + b + "</w:tc></w:tr>";
  };
  const std::string body =
      // Word numbers the heading itself (numPr on a heading style): a heading, not a bullet.
      p("<w:pStyle w:val=\"Heading1\"/>" + num, r("Название социальной практики")) +
      p("", r("Клуб ") + "<w:hyperlink r:id=\"rId5\">" + r("«Вместе»") + "</w:hyperlink>" +
                "<w:del><w:r><w:delText>старое название</w:delText></w:r></w:del>") +
      // The whole template as a two-column table, as many workbooks are.
      "<w:tbl>" +
      row("2. Организация, реализующая социальную практику", p("", r("Наименование:") + "<w:r><w:tab/></w:r>" + r("АНО «Вместе»")) +
                                                                 p("", r("Регион: Респ. Бурятия"))) +
      row("Целевая группа", p(num, r("родители детей с ДЦП")) + p(num, r("дети 3–10 лет"))) + "</w:tbl>" +
      p("<w:pStyle w:val=\"Heading1\"/>", r("Задачи")) + p(num, r("встречи") + "<w:ins><w:r><w:t> по субботам</w:t></w:r></w:ins>") +
      p(num, r("консультации"));
  const std::string bytes = make_zip("word/document.xml", document_xml(body));
  const DocxText text = docx_to_text(bytes, "club.docx");
  CHECK(text.text ==
        "Название социальной практики\n"
        "Клуб «Вместе»\n"
        "2. Организация, реализующая социальную практику\n"
        "Наименование: АНО «Вместе»\n"
        "Регион: Респ. Бурятия\n"
        "Целевая группа\n"
        "- родители детей с ДЦП\n"
        "- дети 3–10 лет\n"
        "Задачи\n"
        "- встречи по субботам\n"
        "- консультации\n");
  // Paragraphs counted in document order, table cells included.
  CHECK(text.paragraph_of_line == std::vector<std::size_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});

  const auto docs = parse_docx(bytes, "club.docx");
  REQUIRE(docs.size() == 1);
  const Practice& club = docs[0].practice;
  CHECK(club.title == "Клуб «Вместе»");
  CHECK(club.organization.name == "АНО «Вместе»");
  CHECK(club.organization.region == "Респ. Бурятия");
  CHECK(club.target_groups == std::vector<std::string>{"родители детей с ДЦП", "дети 3–10 лет"});
  CHECK(club.tasks == std::vector<std::string>{"встречи по субботам", "консультации"});
  CHECK(docs[0].sections.back().line == 9);  // «Задачи» is paragraph 9
}

TEST_CASE("damaged copies of a .docx give ParseError or a practice, never anything else", "[docx]") {
  const std::string good = read_bytes(fixtures / "early-help.docx");
  std::uint32_t seed = 12345;
  const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  std::size_t refused = 0;
  for (int round = 0; round < 150; ++round) {
    std::string bytes = good;
    for (int k = 0; k < 1 + round % 8; ++k) bytes[next() % bytes.size()] = static_cast<char>(next() & 0xFF);
    if (round % 5 == 0) bytes.resize(next() % bytes.size());
    try {
      parse_docx(bytes, "damaged.docx");
    } catch (const ParseError& e) {
      ++refused;
      CHECK(e.file() == "damaged.docx");
    }
  }
  CHECK(refused > 0);
}

TEST_CASE("hostile nesting is refused, not walked recursively", "[docx]") {
  std::string runs;
  for (int i = 0; i < 10000; ++i) runs += "<w:hyperlink>";
  for (int i = 0; i < 10000; ++i) runs += "</w:hyperlink>";
  const std::string bytes = make_zip("word/document.xml", document_xml("<w:p>" + runs + "</w:p>"));
  try {
    docx_to_text(bytes, "deep.docx");
    FAIL("no error");
  } catch (const ParseError& e) {
    CHECK(e.reason().find("вложен слишком глубоко") != std::string::npos);
  }
}
