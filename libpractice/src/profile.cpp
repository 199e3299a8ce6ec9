#include <practice/profile.hpp>

#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/regions.hpp>
#include <practice/text/normalize.hpp>
#include <practice/utf8.hpp>

namespace practice {

std::string_view scope_key(Scope s) {
  switch (s) {
    case Scope::all: return "all";
    case Scope::own: return "own";
    case Scope::neighbours: return "neighbours";
    case Scope::district: return "district";
  }
  return "all";
}

namespace {

// A bare number above a trillion (roubles, square metres, people) is a typo, not a resource.
// In text, runs of up to 15 digits may be registration numbers (ОГРН has 13, ОГРНИП 15).
constexpr double absurd_figure = 1e12;
constexpr std::size_t max_text_digits = 15;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A negative or absurd figure in a resource text ("-50000 руб.", "100000000000000 руб."),
// described in Russian, or empty. Digit groups may be split by spaces ("1 500 000").
std::string bad_figure(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
    std::size_t sign = std::string_view::npos;  // where a minus sign glued to the number starts
    if (i >= 1 && s[i - 1] == '-') sign = i - 1;
    else if (i >= 3 && s.substr(i - 3, 3) == "\u2212") sign = i - 3;
    const bool negative = sign != std::string_view::npos && (sign == 0 || s[sign - 1] == ' ' || s[sign - 1] == '(' ||
                                                             s[sign - 1] == ':' || s[sign - 1] == '\n');
    std::string digits;
    std::size_t end = i;
    while (end < s.size()) {
      if (is_digit(s[end])) digits += s[end++];
      else if (s[end] == ' ' && end + 3 < s.size() && is_digit(s[end + 1]) && is_digit(s[end + 2]) && is_digit(s[end + 3])) ++end;
      else break;
    }
    if (negative) return "отрицательное значение «" + std::string(s.substr(sign, end - sign)) + "»";
    if (digits.size() > max_text_digits) return "неправдоподобно большое значение «" + std::string(s.substr(i, end - i)) + "»";
    i = end;
  }
  return {};
}

// Resources may be text or numbers; negative and absurd figures are rejected with the key.
void check_resource_figures(const nlohmann::json& j) {
  auto it = j.find("resources");
  if (it == j.end() || !it->is_object()) return;
  for (const auto& [key, value] : it->items()) {
    std::string problem;
    if (value.is_number()) {
      const double x = value.get<double>();
      if (!std::isfinite(x) || x > absurd_figure) problem = "неправдоподобно большое значение " + value.dump();
      else if (x < 0) problem = "отрицательное значение " + value.dump();
    } else if (value.is_string()) {
      problem = bad_figure(value.get_ref<const std::string&>());
    }
    if (!problem.empty()) throw InvalidArgument("поле \"resources." + key + "\": " + problem);
  }
}

// 1-based line of the first `"key"` in JSON text, 0 if absent: where to point for a bad value.
std::size_t line_of_key(std::string_view text, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  const auto at = text.find(quoted);
  return at == std::string_view::npos ? 0 : line_of_offset(text, at);
}

// The key an InvalidArgument message names (`поле "resources.financial": …` → "financial").
std::string key_of_message(std::string_view message) {
  const std::string_view marker = "поле \"";
  const auto at = message.find(marker);
  if (at == std::string_view::npos) return {};
  std::string_view key = message.substr(at + marker.size());
  key = key.substr(0, key.find('"'));
  if (auto dot = key.rfind('.'); dot != std::string_view::npos) key.remove_prefix(dot + 1);
  return std::string(key);
}

}  // namespace

void to_json(nlohmann::json& j, const Profile& v) {
  j = {{"organization", v.organization}, {"region", v.region}, {"target_groups", v.target_groups},
       {"problem", v.problem}, {"resources", v.resources}};
  if (v.limit) j["limit"] = *v.limit;
  if (v.scope) j["scope"] = scope_key(*v.scope);
}

void from_json(const nlohmann::json& j, Profile& v) {
  if (!j.is_object()) throw InvalidArgument("профиль должен быть JSON-объектом");
  check_resource_figures(j);
  // Reuse the practice reader's type checks for the shared keys.
  Practice shape = nlohmann::json{{"region", j.value("region", nlohmann::json())},
                                  {"target_groups", j.value("target_groups", nlohmann::json())},
                                  {"problem", j.value("problem", nlohmann::json())},
                                  {"resources", j.value("resources", nlohmann::json())}}
                       .get<Practice>();
  v = Profile{};
  v.region = shape.region;
  v.target_groups = shape.target_groups;
  v.problem = shape.problem;
  v.resources = shape.resources;
  if (auto it = j.find("organization"); it != j.end() && !it->is_null()) {
    if (it->is_string()) v.organization = it->get<std::string>();
    else if (it->is_object()) v.organization = it->value("name", "");
    else throw InvalidArgument("поле \"organization\": ожидается строка");
  }
  if (auto it = j.find("limit"); it != j.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<long long>() <= 0 || it->get<long long>() > 1000)
      throw InvalidArgument("поле \"limit\": ожидается целое число от 1 до 1000");
    v.limit = it->get<std::size_t>();
  }
  if (auto it = j.find("scope"); it != j.end() && !it->is_null()) {
    const std::string s = it->is_string() ? it->get<std::string>() : std::string();
    if (s == "all") v.scope = Scope::all;
    else if (s == "own") v.scope = Scope::own;
    else if (s == "neighbours" || s == "neighbors") v.scope = Scope::neighbours;
    else if (s == "district") v.scope = Scope::district;
    else throw InvalidArgument("поле \"scope\": ожидается own, neighbours, district или all");
  }
  bool has_groups = false;
  for (const auto& g : v.target_groups) has_groups = has_groups || !text::trim(g).empty();
  if (text::trim(v.problem).empty() && !has_groups)
    throw InvalidArgument("в профиле нужно указать проблему (problem) или целевые группы (target_groups)");
  // Any spelling the region table knows is kept as written; an unknown one is an error, not a silent "all".
  if (!text::trim(v.region).empty() && !RegionTable::russia().resolve(v.region)) {
    std::string hint;
    for (const auto& s : RegionTable::russia().suggest(v.region)) hint += (hint.empty() ? "" : ", ") + s;
    throw InvalidArgument("поле \"region\": неизвестный регион «" + v.region + "»; возможно, имелся в виду: " + hint);
  }
}

Profile parse_profile(std::string_view json_text, const std::string& name) {
  if (auto bad = find_invalid_utf8(json_text))
    throw ParseError(name, line_of_offset(json_text, *bad), "недопустимая последовательность UTF-8 в байте " + std::to_string(*bad));
  if (auto deep = find_deep_nesting(json_text))
    throw ParseError(name, line_of_offset(json_text, *deep),
                     "вложенность JSON глубже " + std::to_string(max_json_depth) + " уровней (байт " + std::to_string(*deep) + ")");
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    throw ParseError(name, line_of_offset(json_text, e.byte > 0 ? e.byte - 1 : 0),
                     "профиль не является корректным JSON (байт " + std::to_string(e.byte) + ")");
  } catch (const nlohmann::json::exception&) {  // out_of_range: a number beyond double, "1e999"
    throw ParseError(name, 0, "профиль содержит число вне допустимого диапазона");
  }
  try {
    return j.get<Profile>();
  } catch (const InvalidArgument& e) {
    throw ParseError(name, line_of_key(json_text, key_of_message(e.what())), e.what());
  }
}

Profile load_profile(const std::filesystem::path& path) {
  std::stringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
    return parse_profile(ss.str(), "<stdin>");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(path.string(), 0, "файл профиля не найден или не читается");
  ss << in.rdbuf();
  return parse_profile(ss.str(), path.string());
}

}  // namespace practice
