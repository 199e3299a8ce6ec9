#include <practice/categorize.hpp>

#include <algorithm>

#include <practice/taxonomy.hpp>
#include <practice/text/normalize.hpp>

namespace practice {

namespace {

// «пациенты любого возраста», «люди всех возрастов»: every age band, when the text names none
// («дети любого возраста» stays children).
std::vector<std::string> every_age_if_said(const std::string& text, const std::vector<std::string>& found) {
  const auto& taxonomy = Taxonomy::builtin();
  for (const auto& c : found)
    if (const Category* cat = taxonomy.find(c); cat && cat->axis == "age") return {};
  if (text::contains_any(text::fold(text), {"любого возраста", "всех возрастов", "любой возраст", "без ограничения по возрасту"}))
    return {"children", "youth", "adults", "elderly"};
  return {};
}

}  // namespace

std::vector<std::string> target_categories(const std::vector<std::string>& texts) {
  std::vector<std::string> ids;
  auto add = [&](std::string c) {
    if (std::find(ids.begin(), ids.end(), c) == ids.end()) ids.push_back(std::move(c));
  };
  for (const auto& t : texts) {
    auto found = Taxonomy::builtin().categorize(t);
    for (auto& c : every_age_if_said(t, found)) add(std::move(c));
    for (auto& c : found) add(std::move(c));
  }
  return ids;
}

std::vector<std::string> target_group_categories(const Practice& p) { return target_categories(p.target_groups); }

std::vector<std::string> primary_target_categories(const Practice& p) {
  std::vector<std::string> texts{p.title};
  if (!p.target_groups.empty()) texts.push_back(p.target_groups.front());
  return target_categories(texts);
}

std::vector<std::string> help_kinds(const Practice& p) {
  return Taxonomy::services().categorize(p.title + ". " + p.summary + ". " + p.goal);
}

}  // namespace practice
