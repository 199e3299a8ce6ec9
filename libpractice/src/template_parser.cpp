#include <practice/template_parser.hpp>

#include <cctype>
#include <regex>

#include <practice/error.hpp>
#include <practice/text/normalize.hpp>
#include <practice/utf8.hpp>

namespace practice {
namespace {

using text::fold;
using text::trim;

// Folded heading variants met in real files, longest first within a field.
constexpr std::pair<Field, std::string_view> heading_variants[] = {
    {Field::title, "название социальной практики"},
    {Field::title, "наименование социальной практики"},
    {Field::title, "название практики"},
    {Field::title, "наименование практики"},
    {Field::title, "название"},
    {Field::organization, "организация, реализующая социальную практику"},
    {Field::organization, "организация, реализующая практику"},
    {Field::organization, "организация-исполнитель"},
    {Field::organization, "организация"},
    {Field::summary, "краткое описание социальной практики"},
    {Field::summary, "краткое описание практики"},
    {Field::summary, "краткое описание"},
    {Field::summary, "аннотация"},
    {Field::problem, "описание социальной проблемы"},
    {Field::problem, "описание проблемы"},
    {Field::problem, "социальная проблема"},
    {Field::problem, "проблема"},
    {Field::target_groups, "целевая группа"},
    {Field::target_groups, "целевые группы"},
    {Field::target_groups, "целевая аудитория"},
    {Field::goal, "цель социальной практики"},
    {Field::goal, "цель практики"},
    {Field::goal, "цель"},
    {Field::goal, "цели"},
    {Field::tasks, "задачи практики"},
    {Field::tasks, "задачи"},
    {Field::stages, "этапы реализации социальной практики"},
    {Field::stages, "этапы реализации практики"},
    {Field::stages, "этапы реализации"},
    {Field::stages, "этапы"},
    {Field::technologies, "используемые технологии"},
    {Field::technologies, "технологии и методы"},
    {Field::technologies, "методы и технологии"},
    {Field::technologies, "технологии"},
    {Field::results, "достигнутые результаты"},
    {Field::results, "результаты практики"},
    {Field::results, "результаты"},
    {Field::resources, "ресурсы, необходимые для реализации практики"},
    {Field::resources, "необходимые ресурсы"},
    {Field::resources, "ресурсы"},
    {Field::evaluation, "способы, методы оценки"},
    {Field::evaluation, "способы и методы оценки"},
    {Field::evaluation, "методы оценки"},
    {Field::evaluation, "оценка эффективности"},
    {Field::difficulties, "трудности и подводные камни"},
    {Field::difficulties, "риски и трудности"},
    {Field::difficulties, "подводные камни"},
    {Field::difficulties, "трудности"},
    {Field::perspectives, "перспективы развития социальной практики"},
    {Field::perspectives, "перспективы развития практики"},
    {Field::perspectives, "перспективы развития"},
    {Field::perspectives, "перспективы"},
    {Field::contacts, "контактная информация"},
    {Field::contacts, "контакты"},
    {Field::organization_info, "информация об организации"},
    {Field::organization_info, "сведения об организации"},
    {Field::organization_info, "об организации"},
};

// "Ключ: значение" sub-lines, folded key → slot name, per section.
struct SubKey {
  std::string_view key;
  std::string_view slot;
};
constexpr SubKey organization_keys[] = {
    {"организационно-правовая форма", "legal_form"}, {"опф", "legal_form"},
    {"наименование", "name"}, {"название", "name"}, {"полное наименование", "name"},
    {"наименование организации", "name"},
    {"руководитель", "head"}, {"директор", "head"}, {"председатель", "head"},
    {"руководитель организации", "head"},
    {"регион", "region"}, {"субъект рф", "region"}, {"субъект российской федерации", "region"},
};
constexpr SubKey contacts_keys[] = {
    {"контактное лицо", "person"}, {"ответственное лицо", "person"}, {"фио", "person"},
    {"e-mail", "email"}, {"email", "email"}, {"эл. почта", "email"}, {"электронная почта", "email"},
    {"почта", "email"}, {"адрес", "address"}, {"почтовый адрес", "address"},
    {"телефон", "phone"}, {"тел", "phone"}, {"тел.", "phone"}, {"факс", "fax"},
    {"skype", "skype"}, {"скайп", "skype"}, {"сайт", "website"}, {"веб-сайт", "website"},
    {"website", "website"}, {"интернет-сайт", "website"}, {"адрес сайта", "website"},
};
constexpr SubKey results_keys[] = {
    {"качественные результаты", "qualitative"}, {"качественные", "qualitative"},
    {"количественные результаты", "quantitative"}, {"количественные", "quantitative"},
};
constexpr SubKey resources_keys[] = {
    {"информационные ресурсы", "informational"}, {"информационные", "informational"},
    {"материальные ресурсы", "material"}, {"материальные", "material"},
    {"материально-технические ресурсы", "material"}, {"материально-технические", "material"},
    {"финансовые ресурсы", "financial"}, {"финансовые", "financial"}, {"финансирование", "financial"},
    {"кадровые ресурсы", "personnel"}, {"кадровые", "personnel"}, {"кадры", "personnel"},
    {"партнеры", "partners"}, {"социальные партнеры", "partners"}, {"партнерские ресурсы", "partners"},
    {"партнерские", "partners"}, {"социальные ресурсы", "partners"},
};
constexpr SubKey title_keys[] = {
    {"сроки реализации", "period"}, {"срок реализации", "period"}, {"период реализации", "period"},
    {"годы реализации", "period"},
};

struct Line {
  std::size_t number;
  std::string text;  // trimmed, as written
};

// Removes markdown decoration and list numbering: "## 3. **Цель**:" → "Цель:".
std::string_view strip_decoration(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.front() == '#' || s.front() == '*' || s.front() == '_')) s = trim(s.substr(1));
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > 0 && i <= 2 && i < s.size() && (s[i] == '.' || s[i] == ')')) s = trim(s.substr(i + 1));
  else if (i > 0 && i <= 2 && i < s.size() && s[i] == ' ') s = trim(s.substr(i));
  while (!s.empty() && (s.back() == '*' || s.back() == '_')) s = trim(s.substr(0, s.size() - 1));
  return s;
}

std::string_view strip_bullet(std::string_view s) {
  s = trim(s);
  for (std::string_view b : {"- ", "– ", "— ", "• ", "· ", "* ", "● ", "▪ ", "◦ "})
    if (s.substr(0, b.size()) == b) return trim(s.substr(b.size()));
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > 0 && i <= 3 && i + 1 < s.size() && (s[i] == ')' || s[i] == '.') && s[i + 1] == ' ')
    return trim(s.substr(i + 1));
  return s;
}

bool has_bullet(std::string_view s) { return strip_bullet(s).size() != trim(s).size(); }

template <std::size_t N>
std::optional<std::pair<std::string_view, std::string>> match_key(std::string_view line, const SubKey (&keys)[N]) {
  line = strip_bullet(line);
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon > 60) return std::nullopt;
  std::string key = fold(trim(line.substr(0, colon)));
  for (const auto& k : keys)
    if (k.key == key) return std::pair{k.slot, std::string(trim(line.substr(colon + 1)))};
  return std::nullopt;
}

void append_text(std::string& out, std::string_view piece, std::string_view sep = "\n") {
  if (piece.empty()) return;
  if (!out.empty()) out += sep;
  out += piece;
}

std::string join_paragraphs(const std::vector<Line>& lines) {
  std::string out;
  bool blank = false;
  for (const auto& l : lines) {
    if (l.text.empty()) {
      blank = !out.empty();
      continue;
    }
    append_text(out, l.text, blank ? "\n\n" : "\n");
    blank = false;
  }
  return out;
}

std::vector<std::string> list_items(const std::vector<Line>& lines) {
  std::vector<std::string> items;
  for (const auto& l : lines) {
    if (l.text.empty()) continue;
    const bool bullet = has_bullet(l.text);
    const auto body = std::string(strip_bullet(l.text));
    // An unbulleted line after a bulleted item continues that item.
    if (!bullet && !items.empty() && has_bullet(lines.front().text)) append_text(items.back(), body, " ");
    else items.push_back(body);
  }
  return items;
}

template <std::size_t N, class Assign>
void fill_keyed(const std::vector<Line>& lines, const SubKey (&keys)[N], std::string_view default_slot, Assign assign) {
  std::string_view slot = default_slot;
  for (const auto& l : lines) {
    if (l.text.empty()) continue;
    if (auto kv = match_key(l.text, keys)) {
      slot = kv->first;
      assign(slot, kv->second);
    } else {
      assign(slot, l.text);
    }
  }
}

struct Draft {
  TemplateDocument doc;
  std::vector<std::pair<Field, std::vector<Line>>> sections;
};

void fill(Draft& d) {
  Practice& p = d.doc.practice;
  for (auto& [field, lines] : d.sections) {
    switch (field) {
      case Field::title:
        for (const auto& l : lines) {
          if (l.text.empty()) continue;
          if (auto kv = match_key(l.text, title_keys)) p.period = parse_period(kv->second);
          else append_text(p.title, l.text, " ");
        }
        break;
      case Field::organization:
        fill_keyed(lines, organization_keys, "name", [&](std::string_view slot, const std::string& v) {
          auto& o = p.organization;
          std::string& target = slot == "legal_form" ? o.legal_form : slot == "head" ? o.head
                              : slot == "region" ? o.region : o.name;
          append_text(target, v, " ");
        });
        break;
      case Field::summary: append_text(p.summary, join_paragraphs(lines)); break;
      case Field::problem: append_text(p.problem, join_paragraphs(lines)); break;
      case Field::goal: append_text(p.goal, join_paragraphs(lines)); break;
      case Field::technologies: append_text(p.technologies, join_paragraphs(lines)); break;
      case Field::evaluation: append_text(p.evaluation, join_paragraphs(lines)); break;
      case Field::difficulties: append_text(p.difficulties, join_paragraphs(lines)); break;
      case Field::perspectives: append_text(p.perspectives, join_paragraphs(lines)); break;
      case Field::organization_info: append_text(p.organization_info, join_paragraphs(lines)); break;
      case Field::target_groups:
        for (auto& i : list_items(lines)) p.target_groups.push_back(std::move(i));
        break;
      case Field::tasks:
        for (auto& i : list_items(lines)) p.tasks.push_back(std::move(i));
        break;
      case Field::stages:
        for (auto& i : list_items(lines)) p.stages.push_back(std::move(i));
        break;
      case Field::results:
        fill_keyed(lines, results_keys, "qualitative", [&](std::string_view slot, const std::string& v) {
          append_text(slot == "quantitative" ? p.results.quantitative : p.results.qualitative, v);
        });
        break;
      case Field::resources:
        fill_keyed(lines, resources_keys, "material", [&](std::string_view slot, const std::string& v) {
          auto& r = p.resources;
          std::string& target = slot == "informational" ? r.informational : slot == "financial" ? r.financial
                              : slot == "personnel" ? r.personnel : slot == "partners" ? r.partners : r.material;
          append_text(target, v);
        });
        break;
      case Field::contacts:
        fill_keyed(lines, contacts_keys, "person", [&](std::string_view slot, const std::string& v) {
          auto& c = p.contacts;
          std::string& target = slot == "email" ? c.email : slot == "address" ? c.address
                              : slot == "phone" ? c.phone : slot == "fax" ? c.fax : slot == "skype" ? c.skype
                              : slot == "website" ? c.website : c.person;
          append_text(target, v, "; ");
        });
        break;
    }
  }
}

}  // namespace

std::optional<std::pair<Field, std::string>> match_heading(std::string_view line) {
  std::string_view s = strip_decoration(line);
  if (s.empty() || s.size() > 200) return std::nullopt;
  std::string folded = fold(s);
  std::string rest;
  if (auto colon = folded.find(':'); colon != std::string::npos) {
    // "Цель: помочь семьям…" — keep the text after the colon from the original line.
    if (auto orig_colon = s.find(':'); orig_colon != std::string_view::npos)
      rest = std::string(trim(s.substr(orig_colon + 1)));
    folded = std::string(trim(folded.substr(0, colon)));
  }
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ' ')) folded.pop_back();
  // "Целевая группа (с указанием границ)"
  if (auto paren = folded.find(" ("); paren != std::string::npos && folded.back() == ')') folded.resize(paren);
  for (const auto& [field, variant] : heading_variants)
    if (folded == variant) return std::pair{field, rest};
  return std::nullopt;
}

Period parse_period(std::string_view text) {
  Period p;
  static const std::regex year(R"((19|20)\d\d)");
  const std::string s(text);
  std::vector<int> years;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), year); it != std::sregex_iterator(); ++it)
    years.push_back(std::stoi(it->str()));
  if (!years.empty()) p.start = years.front();
  if (years.size() >= 2) p.end = years[1];
  const std::string folded = fold(text);
  for (std::string_view marker : {"настоящее время", "наст. время", "н.в.", "н. в.", "по сей день", "бессрочн",
                                  "постоянно", "продолжается", "по настоящее"})
    if (folded.find(marker) != std::string::npos) p.ongoing = true;
  if (years.size() == 1 && (folded.rfind("с ", 0) == 0 || folded.find(" с ") != std::string::npos)) p.ongoing = true;
  return p;
}

std::vector<TemplateDocument> parse_template(std::string_view input, const std::string& file) {
  if (input.size() >= 2 && ((input[0] == '\xFF' && input[1] == '\xFE') || (input[0] == '\xFE' && input[1] == '\xFF')))
    throw ParseError(file, 1, "файл в кодировке UTF-16; сохраните его в UTF-8");
  if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
  if (auto bad = find_invalid_utf8(input))
    throw ParseError(file, line_of_offset(input, *bad),
                     "недопустимая последовательность UTF-8 в байте " + std::to_string(*bad) +
                         "; файл должен быть в кодировке UTF-8");
  if (auto nul = input.find('\0'); nul != std::string_view::npos)
    throw ParseError(file, line_of_offset(input, nul), "нулевой байт в байте " + std::to_string(nul) + "; это не текстовый файл");

  std::vector<Draft> drafts;
  std::size_t number = 0;
  for (std::size_t pos = 0; pos <= input.size();) {
    const auto nl = input.find('\n', pos);
    std::string_view raw = input.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? input.size() + 1 : nl + 1;
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    const std::string_view line = trim(raw);

    if (auto heading = match_heading(line)) {
      const Field field = heading->first;
      // A title heading after other sections starts the next description in the file.
      const bool starts_new = drafts.empty() || (field == Field::title && drafts.back().sections.size() > 1);
      if (starts_new) {
        drafts.emplace_back();
        drafts.back().doc.first_line = number;
        drafts.back().doc.practice.source = file + ":" + std::to_string(number);
      }
      Draft& d = drafts.back();
      d.doc.sections.push_back({field, number});
      d.sections.push_back({field, {}});
      if (!heading->second.empty()) d.sections.back().second.push_back({number, heading->second});
      continue;
    }
    if (drafts.empty()) continue;  // preamble before the first heading
    drafts.back().sections.back().second.push_back({number, std::string(line)});
  }
  if (drafts.empty())
    throw ParseError(file, 0, "не найдено ни одного заголовка шаблона (например, «1. Название социальной практики»)");

  std::vector<TemplateDocument> docs;
  for (auto& d : drafts) {
    fill(d);
    docs.push_back(std::move(d.doc));
  }
  return docs;
}

}  // namespace practice
