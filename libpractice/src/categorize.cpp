#include <practice/categorize.hpp>

#include <algorithm>

#include <practice/taxonomy.hpp>
#include <practice/text/analyzer.hpp>
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

// «взрослые дети с умственной отсталостью», «их работающие дети»: grown-up sons and daughters are
// adults, though «дети» names children everywhere else. True when every word for a child in the
// text follows a word that makes it grown-up.
bool children_only_grown_up(const std::vector<text::Token>& tokens) {
  bool grown_up = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& w = tokens[i].word;
    if (!w.starts_with("дет") && !w.starts_with("ребен") && !w.starts_with("ребят")) continue;
    if (i == 0 || !text::contains_any(tokens[i - 1].word, {"взросл", "работающ", "совершеннолетн"})) return false;
    grown_up = true;
  }
  return grown_up;
}

// Grown-up children are adults, whoever's children they are.
void read_grown_up_children(const std::string& text, std::vector<std::string>& found) {
  if (std::find(found.begin(), found.end(), "children") == found.end()) return;
  thread_local auto analyzer = text::Analyzer::russian();
  if (!children_only_grown_up(analyzer.analyze(text))) return;
  std::erase(found, "children");
  if (std::find(found.begin(), found.end(), "adults") == found.end()) found.push_back("adults");
}

}  // namespace

std::vector<std::string> target_categories(const std::vector<std::string>& texts) {
  std::vector<std::string> ids;
  auto add = [&](std::string c) {
    if (std::find(ids.begin(), ids.end(), c) == ids.end()) ids.push_back(std::move(c));
  };
  for (const auto& t : texts) {
    auto found = Taxonomy::builtin().categorize(t);
    read_grown_up_children(t, found);
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
