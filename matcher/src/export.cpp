#include <practice/field.hpp>
#include <practice/html.hpp>
#include <practice/regions.hpp>
#include <practice/shortlist.hpp>

namespace practice {
namespace {

std::string csv_field(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else if (c == '\r') continue;
    else out += c;
  }
  return out + "\"";
}

std::string region_name(const Practice& p) {
  const Region* r = RegionTable::russia().resolve(p.effective_region());
  return r ? r->name : p.effective_region();
}

std::string years(const Practice& p) {
  std::string s = p.period.start ? std::to_string(*p.period.start) : "";
  if (p.period.ongoing) s += " – н. в.";
  else if (p.period.end && p.period.end != p.period.start) s += "–" + std::to_string(*p.period.end);
  return s;
}

}  // namespace

std::string export_csv(const std::vector<Practice>& practices) {
  std::string out = "\xEF\xBB\xBF";  // BOM: Excel then reads UTF-8 Cyrillic correctly
  const char* header[] = {"id", "Название", "Организация", "Регион", "Годы", "Целевая группа", "Краткое описание",
                          "Результаты (количественные)", "Финансовые ресурсы", "Контакты"};
  for (std::size_t i = 0; i < std::size(header); ++i) out += (i ? ";" : "") + csv_field(header[i]);
  out += "\r\n";
  for (const auto& p : practices) {
    const std::string cells[] = {p.id, p.title, p.organization.name, region_name(p), years(p), field_text(p, Field::target_groups),
                                 p.summary, p.results.quantitative, p.resources.financial, field_text(p, Field::contacts)};
    for (std::size_t i = 0; i < std::size(cells); ++i) out += (i ? ";" : "") + csv_field(cells[i]);
    out += "\r\n";
  }
  return out;
}

std::string export_markdown(const std::vector<Practice>& practices, const std::string& title) {
  std::string out = "# " + title + "\n\n## Содержание\n\n";
  for (std::size_t i = 0; i < practices.size(); ++i)
    out += std::to_string(i + 1) + ". [" + practices[i].title + "](#practice-" + std::to_string(i + 1) + ") — " +
           region_name(practices[i]) + "\n";
  for (std::size_t i = 0; i < practices.size(); ++i) {
    const Practice& p = practices[i];
    out += "\n---\n\n<a id=\"practice-" + std::to_string(i + 1) + "\"></a>\n\n## " + std::to_string(i + 1) + ". " + p.title + "\n\n";
    out += "*" + p.organization.name + " · " + region_name(p) + (years(p).empty() ? "" : " · " + years(p)) + "*\n";
    for (Field f : all_fields) {
      if (f == Field::title) continue;
      const std::string body = field_text(p, f);
      if (body.empty()) continue;
      out += "\n### " + std::string(field_heading(f)) + "\n\n" + body + "\n";
    }
  }
  return out;
}

std::string export_html(const std::vector<Practice>& practices, const std::string& title) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape_html(title) +
      "</title>\n<style>\nbody{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5;color:#111}\n"
      "h1,h2,h3{font-family:Arial,sans-serif}section{margin-top:2em}p.meta{color:#444}\n"
      "@media print{section{page-break-before:always}nav{page-break-after:always}}\n</style>\n</head>\n<body>\n<main>\n<h1>" +
      escape_html(title) + "</h1>\n<nav aria-label=\"Содержание\">\n<h2>Содержание</h2>\n<ol>\n";
  for (std::size_t i = 0; i < practices.size(); ++i)
    out += "<li><a href=\"#practice-" + std::to_string(i + 1) + "\">" + escape_html(practices[i].title) + "</a> — " +
           escape_html(region_name(practices[i])) + "</li>\n";
  out += "</ol>\n</nav>\n";
  for (std::size_t i = 0; i < practices.size(); ++i) {
    const Practice& p = practices[i];
    out += "<section id=\"practice-" + std::to_string(i + 1) + "\">\n<h2>" + std::to_string(i + 1) + ". " + escape_html(p.title) +
           "</h2>\n<p class=\"meta\">" + escape_html(p.organization.name) + " · " + escape_html(region_name(p)) +
           (years(p).empty() ? "" : " · " + escape_html(years(p))) + "</p>\n";
    for (Field f : all_fields) {
      if (f == Field::title) continue;
      const std::string body = field_text(p, f);
      if (body.empty()) continue;
      out += "<h3>" + escape_html(std::string(field_heading(f))) + "</h3>\n";
      std::size_t start = 0;
      while (start < body.size()) {
        const auto nl = body.find('\n', start);
        const std::string line = body.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!line.empty()) out += "<p>" + escape_html(line) + "</p>\n";
        start = nl == std::string::npos ? body.size() : nl + 1;
      }
    }
    out += "</section>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace practice
