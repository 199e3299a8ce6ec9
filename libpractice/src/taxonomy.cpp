#include <practice/taxonomy.hpp>

#include <algorithm>
#include <regex>

#include <practice/thesaurus.hpp>
#include <practice/text/normalize.hpp>

#include "lexicon.hpp"

namespace practice {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    const auto p = s.find(sep);
    out.push_back(text::trim(s.substr(0, p)));
    if (p == std::string_view::npos) return out;
    s = s.substr(p + 1);
  }
}

// Age categories from numbers: "7–17 лет", "18-35 лет", "старше 65", "60+", "0–3 лет", "после 18".
std::vector<std::string> ages_from_numbers(std::string_view text) {
  static const std::regex range(R"((\d{1,2})\s*[-–—]\s*(\d{1,3})\s*(лет|года|год))");
  static const std::regex plus(R"((\d{2})\s*\+)");
  static const std::regex older(R"((старше|от)\s+(\d{2})\s*(лет)?)");
  // "после 18" names the years just past an adult age (young adults leaving children's services);
  // a phrase cannot say it, since «после» is a stop word and would leave a bare "18". Not a time.
  static const std::regex after(R"(после\s+(\d{2})(?![\d:.]))");
  const std::string s = text::fold(text);
  std::vector<std::string> out;
  auto classify = [&](int lo, int hi) {
    if (hi <= 3) out.push_back("early_childhood");
    else if (hi <= 17) out.push_back(lo >= 12 ? "teenagers" : "children");
    else if (lo >= 55) out.push_back("elderly");
    else if (lo >= 14 && hi <= 35) out.push_back("youth");
    else if (lo >= 18) out.push_back("adults");
  };
  for (auto it = std::sregex_iterator(s.begin(), s.end(), range); it != std::sregex_iterator(); ++it)
    classify(std::stoi((*it)[1]), std::stoi((*it)[2]));
  for (auto it = std::sregex_iterator(s.begin(), s.end(), plus); it != std::sregex_iterator(); ++it)
    classify(std::stoi((*it)[1]), 120);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), older); it != std::sregex_iterator(); ++it)
    classify(std::stoi((*it)[2]), 120);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), after); it != std::sregex_iterator(); ++it)
    if (const int age = std::stoi((*it)[1]); age >= 18) classify(age, age + 17);
  return out;
}

// Fit of a practice broader than the wanted category (дети-инвалиды for дети с РАС).
constexpr double broader_fit = 0.6;
// From how many kinds under one category a practice counts as one for the whole category. On
// corpus/eval (nDCG@5 with the matcher's kind of help by share): 3, 4 and 5 kinds 0.881, never
// 0.880; the corpus practices naming 4 or more list nearly every kind of disability.
constexpr std::size_t broad_practice_kinds = 4;

}  // namespace

const Taxonomy& Taxonomy::builtin() {
  static const Taxonomy taxonomy(detail::embedded_taxonomy);
  return taxonomy;
}

const Taxonomy& Taxonomy::services() {
  static const Taxonomy taxonomy(detail::embedded_services);
  return taxonomy;
}

Taxonomy::Taxonomy(std::string_view data) : fingerprint_(detail::fingerprint(data)) {
  for (auto line : detail::data_lines(data)) {
    const auto cols = split(line, '|');
    if (cols.size() < 5) continue;
    Category c{std::string(cols[0]), cols[1] == "-" ? std::string() : std::string(cols[1]), std::string(cols[2]),
               std::string(cols[3]), {}};
    if (cols.size() > 5)
      for (auto id : split(cols[5], ','))
        if (!id.empty()) c.implies.emplace_back(id);
    const std::size_t index = categories_.size();
    categories_.push_back(std::move(c));
    for (auto phrase : split(cols[4], ',')) {
      auto terms = Thesaurus::terms(phrase);
      if (terms.empty()) continue;
      phrases_by_first_[terms.front()].push_back(phrases_.size());
      phrases_.emplace_back(std::move(terms), index);
    }
  }
}

const Category* Taxonomy::find(std::string_view id) const {
  for (const auto& c : categories_)
    if (c.id == id) return &c;
  return nullptr;
}

const Category* Taxonomy::by_name(std::string_view name) const {
  const std::string folded = text::fold(text::trim(name));
  for (const auto& c : categories_)
    if (c.id == folded || text::fold(c.label) == folded) return &c;
  return nullptr;
}

bool Taxonomy::is_ancestor(std::string_view ancestor, std::string_view id) const {
  for (const Category* c = find(id); c; c = c->parent.empty() ? nullptr : find(c->parent))
    if (c->id == ancestor) return true;
  return false;
}

std::vector<std::string> Taxonomy::categorize(std::string_view text) const {
  const auto terms = Thesaurus::terms(text);
  std::vector<std::string> found;
  auto add = [&](const std::string& id) {
    if (std::find(found.begin(), found.end(), id) == found.end()) found.push_back(id);
  };
  // Categories in the order of their first phrase found in the table (as a scan of the table
  // would add them), whichever term of the text matched first.
  std::vector<std::size_t> matched;
  for (std::size_t at = 0; at < terms.size(); ++at) {
    const auto bucket = phrases_by_first_.find(terms[at]);
    if (bucket == phrases_by_first_.end()) continue;
    for (const std::size_t i : bucket->second) {
      const auto& phrase = phrases_[i].first;
      if (at + phrase.size() <= terms.size() && std::equal(phrase.begin(), phrase.end(), terms.begin() + static_cast<std::ptrdiff_t>(at)))
        matched.push_back(i);
    }
  }
  std::sort(matched.begin(), matched.end());
  for (const std::size_t i : matched) add(categories_[phrases_[i].second].id);
  for (const auto& id : ages_from_numbers(text))
    if (find(id)) add(id);  // only in a taxonomy with age categories
  // Implied categories fill an axis the text left empty ("дети участников СВО" stay children).
  const std::size_t named = found.size();
  for (std::size_t i = 0; i < named; ++i)
    for (const auto& implied : find(found[i])->implies) {
      const Category* ic = find(implied);
      if (ic && std::none_of(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(named),
                             [&](const std::string& f) { return find(f)->axis == ic->axis; }))
        add(implied);
    }
  // Keep the most specific: drop a category when one of its descendants was also found.
  std::vector<std::string> specific;
  for (const auto& id : found) {
    const bool has_descendant = std::any_of(found.begin(), found.end(),
                                            [&](const std::string& other) { return other != id && is_ancestor(id, other); });
    if (!has_descendant) specific.push_back(id);
  }
  std::sort(specific.begin(), specific.end(), [&](const std::string& a, const std::string& b) {
    return find(a) - categories_.data() < find(b) - categories_.data();
  });
  return specific;
}

std::vector<std::string> Taxonomy::with_ancestors(const std::vector<std::string>& ids) const {
  std::vector<std::string> out;
  for (const auto& id : ids)
    for (const Category* c = find(id); c; c = c->parent.empty() ? nullptr : find(c->parent))
      if (std::find(out.begin(), out.end(), c->id) == out.end()) out.push_back(c->id);
  return out;
}

const Category* Taxonomy::root_of(std::string_view id) const {
  const Category* c = find(id);
  while (c && !c->parent.empty()) c = find(c->parent);
  return c;
}

std::size_t Taxonomy::kinds_under(const std::string& root, const std::vector<std::string>& offered) const {
  std::size_t n = 0;
  for (const auto& o : offered) {
    if (o == root || !is_ancestor(root, o)) continue;
    // «ДЦП» and «нарушения опорно-двигательного аппарата» listed together are one kind.
    const bool has_narrower = std::any_of(offered.begin(), offered.end(),
                                          [&](const std::string& x) { return x != o && is_ancestor(o, x); });
    if (!has_narrower) ++n;
  }
  return n;
}

double Taxonomy::fit(const std::vector<std::string>& wanted, const std::vector<std::string>& offered,
                     std::vector<CategoryMatch>* matches) const {
  if (wanted.empty()) return 0.0;
  double total = 0.0;
  std::vector<std::string> axes;
  std::vector<double> axis_best;
  for (const auto& w : wanted) {
    const Category* wc = find(w);
    if (!wc) continue;
    CategoryMatch m{w, {}, 0.0};
    for (const auto& o : offered) {
      const Category* oc = find(o);
      if (!oc) continue;
      double s = 0.0;
      if (o == w) s = 1.0;
      else if (is_ancestor(w, o)) s = 0.7;   // the practice is narrower than asked
      else if (is_ancestor(o, w)) s = broader_fit;  // the practice is broader (дети-инвалиды for дети с РАС)
      else if (!wc->parent.empty() && wc->parent == oc->parent) s = 0.2;
      if (s > m.score) m = {w, o, s};
    }
    // A practice naming many kinds under one category (a holiday for children with motor, hearing,
    // vision and intellectual disabilities and autism) is for that whole category: it fits a
    // specific kind as a practice for the category would, not as one built for that kind.
    if (m.score > broader_fit && !wc->parent.empty())
      if (const Category* root = root_of(w); root && kinds_under(root->id, offered) >= broad_practice_kinds)
        m = {w, root->id, broader_fit};
    // Average per axis: two wanted disabilities on one axis count once, by their best.
    auto it = std::find(axes.begin(), axes.end(), wc->axis);
    if (it == axes.end()) {
      axes.push_back(wc->axis);
      axis_best.push_back(m.score);
    } else {
      auto& best = axis_best[static_cast<std::size_t>(it - axes.begin())];
      best = std::max(best, m.score);
    }
    if (matches) matches->push_back(std::move(m));
  }
  for (double b : axis_best) total += b;
  return axes.empty() ? 0.0 : total / static_cast<double>(axes.size());
}

}  // namespace practice
