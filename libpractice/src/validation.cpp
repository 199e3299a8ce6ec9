#include <practice/validation.hpp>

#include <chrono>
#include <map>
#include <regex>

#include <practice/field.hpp>
#include <practice/json.hpp>
#include <practice/regions.hpp>
#include <practice/text/normalize.hpp>

namespace practice {
namespace {

bool blank(const std::string& s) { return text::trim(s).empty(); }

bool has_digit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

int current_year() {
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  return static_cast<int>(ymd.year());
}

// Counts sentence ends: . ! ? … followed by a space and a capital letter or the end.
std::size_t count_sentences(const std::string& s) {
  static const std::regex end(R"([.!?…]+(\s+|$))");
  std::size_t n = static_cast<std::size_t>(std::distance(std::sregex_iterator(s.begin(), s.end(), end), std::sregex_iterator()));
  if (!blank(s) && !std::regex_search(s, std::regex(R"([.!?…]\s*$)"))) ++n;  // last sentence without a full stop
  return n;
}

struct Checker {
  const LoadedPractice& lp;
  ValidationReport& report;
  std::string file;
  std::size_t default_line;

  std::size_t line_of(Field f) const {
    for (const auto& s : lp.sections)
      if (s.field == f) return s.line;
    return default_line;
  }

  void add(std::string code, Severity sev, std::optional<Field> f, std::string message) {
    report.issues.push_back({std::move(code), sev, file, f ? line_of(*f) : default_line,
                             f ? std::string(field_key(*f)) : std::string(), std::move(message)});
  }
};

}  // namespace

bool ValidationReport::ok() const {
  return std::none_of(issues.begin(), issues.end(), [](const Issue& i) { return i.severity == Severity::error; });
}

double readiness(const Practice& p) {
  double score = 0.0;
  if (has_digit(p.results.quantitative) || (blank(p.results.quantitative) && has_digit(p.results.qualitative))) score += 0.25;
  const auto& r = p.resources;
  const int stated = !blank(r.informational) + !blank(r.material) + !blank(r.financial) + !blank(r.personnel) + !blank(r.partners);
  score += 0.2 * std::min(stated, 4) / 4.0;
  if (!blank(p.evaluation)) score += 0.15;
  if (p.stages.size() >= 2) score += 0.15;
  else if (p.stages.size() == 1) score += 0.05;
  if (!blank(p.contacts.email) || !blank(p.contacts.phone)) score += 0.15;
  if (!blank(p.technologies)) score += 0.1;
  return std::min(1.0, score);
}

ValidationReport validate(const LoadedPractice& lp, const ValidationOptions& options) {
  const Practice& p = lp.practice;
  ValidationReport report{p.id, p.title, p.source, {}, readiness(p)};
  std::string file = p.source;
  std::size_t line = 0;
  if (auto colon = p.source.rfind(':'); colon != std::string::npos && colon + 1 < p.source.size() &&
                                        std::isdigit(static_cast<unsigned char>(p.source[colon + 1]))) {
    file = p.source.substr(0, colon);
    line = std::stoul(p.source.substr(colon + 1));
  }
  Checker c{lp, report, file, line};

  auto missing = [&](Field f, Severity sev) {
    c.add(sev == Severity::error ? "missing_section" : "empty_optional_section", sev, f,
          "не заполнен раздел «" + std::string(field_heading(f)) + "»");
  };
  if (blank(p.title)) missing(Field::title, Severity::error);
  if (blank(p.organization.name)) missing(Field::organization, Severity::error);
  if (blank(p.summary)) missing(Field::summary, Severity::error);
  if (blank(p.problem)) missing(Field::problem, Severity::error);
  if (p.target_groups.empty()) missing(Field::target_groups, Severity::error);
  if (blank(p.goal)) missing(Field::goal, Severity::error);
  if (p.tasks.empty()) missing(Field::tasks, Severity::error);
  if (p.stages.empty()) missing(Field::stages, Severity::error);
  if (blank(p.technologies)) missing(Field::technologies, Severity::error);
  if (blank(p.results.qualitative) && blank(p.results.quantitative)) missing(Field::results, Severity::error);
  if (blank(field_text(p, Field::resources))) missing(Field::resources, Severity::error);
  if (blank(field_text(p, Field::contacts))) missing(Field::contacts, Severity::error);
  for (Field f : {Field::evaluation, Field::difficulties, Field::perspectives, Field::organization_info})
    if (blank(field_text(p, f))) missing(f, Severity::warning);

  if (!blank(p.summary) && count_sentences(p.summary) > 10)
    c.add("summary_too_long", Severity::warning, Field::summary,
          "краткое описание длиннее 10 предложений (" + std::to_string(count_sentences(p.summary)) + ")");

  const int year = options.reference_year ? options.reference_year : current_year();
  if (!p.period.start && !p.period.end && !p.period.ongoing)
    c.add("no_period", Severity::warning, Field::title, "не указаны сроки реализации практики");
  else if (!p.period.ongoing) {
    const int last = p.period.end.value_or(p.period.start.value_or(year));
    if (last < year - options.active_within_years)
      c.add("stale_practice", Severity::error, Field::title,
            "практика не действует в последние " + std::to_string(options.active_within_years) + " года (последний год: " +
                std::to_string(last) + ")");
  }

  const std::string& region = p.effective_region();
  if (blank(region)) c.add("no_region", Severity::error, Field::organization, "не указан регион реализации практики");
  else if (!RegionTable::russia().resolve(region)) {
    std::string hint;
    for (const auto& s : RegionTable::russia().suggest(region)) hint += (hint.empty() ? "" : ", ") + s;
    c.add("unknown_region", Severity::error, Field::organization,
          "неизвестный регион «" + region + "»; возможно, имелся в виду: " + hint);
  }

  static const std::regex email(R"(^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]{2,}$)");
  if (!blank(p.contacts.email)) {
    for (std::string_view part : {std::string_view(p.contacts.email)}) {
      std::string first(text::trim(part.substr(0, part.find_first_of(",; "))));
      if (!std::regex_match(first, email))
        c.add("bad_email", Severity::warning, Field::contacts, "адрес электронной почты выглядит неверно: «" + p.contacts.email + "»");
    }
  }
  if (!blank(p.contacts.phone)) {
    const auto digits = std::count_if(p.contacts.phone.begin(), p.contacts.phone.end(), [](unsigned char ch) { return std::isdigit(ch); });
    if (digits < 6 || digits > 24)
      c.add("bad_phone", Severity::warning, Field::contacts, "номер телефона выглядит неверно: «" + p.contacts.phone + "»");
  }
  static const std::regex site(R"(^(https?://)?[^\s/]+\.[^\s/]{2,}(/\S*)?$)");
  if (!blank(p.contacts.website) && !std::regex_match(std::string(text::trim(p.contacts.website)), site))
    c.add("bad_website", Severity::warning, Field::contacts, "адрес сайта выглядит неверно: «" + p.contacts.website + "»");

  if (!has_digit(p.results.quantitative) && !has_digit(p.results.qualitative))
    c.add("no_quantitative_results", Severity::warning, Field::results,
          "в результатах нет количественных показателей (число участников, мероприятий и т. п.)");
  return report;
}

std::vector<ValidationReport> validate_all(const std::vector<LoadedPractice>& practices, const ValidationOptions& options) {
  std::vector<ValidationReport> reports;
  std::map<std::string, std::string> first_source;
  for (const auto& lp : practices) {
    auto report = validate(lp, options);
    auto [it, inserted] = first_source.emplace(lp.practice.id, lp.practice.source);
    if (!inserted)
      report.issues.push_back({"duplicate_id", Severity::error, lp.practice.source, 0, "id",
                               "идентификатор «" + lp.practice.id + "» уже встречался: " + it->second});
    reports.push_back(std::move(report));
  }
  return reports;
}

void to_json(nlohmann::json& j, const Issue& v) {
  j = {{"code", v.code}, {"severity", v.severity == Severity::error ? "error" : "warning"}, {"file", v.file},
       {"line", v.line}, {"section", v.section}, {"message", v.message}};
}

void to_json(nlohmann::json& j, const ValidationReport& v) {
  j = {{"id", v.id}, {"title", v.title}, {"source", v.source}, {"ok", v.ok()}, {"readiness", v.readiness},
       {"issues", v.issues}};
}

}  // namespace practice
