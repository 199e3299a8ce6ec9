#pragma once
/// @file taxonomy.hpp
/// The target-group taxonomy (libpractice/data/taxonomy.txt): categories on four axes (age,
/// family, disability, social) with a hierarchy, and the mapping of free-text target groups
/// onto them. Used at index time (filter terms, facets) and by the matcher (fit).

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace practice {

struct Category {
  std::string id;      ///< "autism"
  std::string parent;  ///< "disability", or empty for a root
  std::string axis;    ///< "age", "family", "disability", "social"
  std::string label;   ///< Russian label for people: «РАС (аутизм)»
  /// Categories on other axes it implies when the text names none there: veterans of combat are
  /// adults, teenagers on the police register are teenagers.
  std::vector<std::string> implies;
  bool operator==(const Category&) const = default;
};

/// How a profile's category was met by a practice's categories.
struct CategoryMatch {
  std::string wanted;   ///< the profile's category
  std::string found;    ///< the practice's closest category, empty if none
  /// 1 exact, 0.7 narrower, 0.6 broader, 0.2 sibling, 0 none. A practice naming four or more kinds
  /// under one category (every disability) counts as one for that category: 0.6, found = the category.
  double score = 0.0;
  bool operator==(const CategoryMatch&) const = default;
};

/// Immutable after construction; safe to share between threads.
class Taxonomy {
 public:
  static const Taxonomy& builtin();
  /// The kinds of help a practice gives (libpractice/data/services.txt), one "service" axis:
  /// employment, respite, peer support, housing, rehabilitation, … Same format and matching.
  static const Taxonomy& services();
  explicit Taxonomy(std::string_view data);

  /// Category ids found in a free-text target group, most specific only, in table order.
  std::vector<std::string> categorize(std::string_view text) const;
  /// The ids plus all their ancestors (for filter terms and facets).
  std::vector<std::string> with_ancestors(const std::vector<std::string>& ids) const;
  const Category* find(std::string_view id) const;
  /// Category whose id or label equals `name` (folded), e.g. "autism" or «РАС (аутизм)».
  const Category* by_name(std::string_view name) const;
  /// True if `ancestor` is `id` itself or above it.
  bool is_ancestor(std::string_view ancestor, std::string_view id) const;
  /// The top of `id`'s hierarchy («люди с инвалидностью» for ДЦП), or null for an unknown id.
  const Category* root_of(std::string_view id) const;
  /// How many distinct kinds below `root` the categories name (a kind listed with a narrower one
  /// of its own counts once): 5 for a holiday for children with РАС, ДЦП, hearing, vision and
  /// intellectual disabilities.
  std::size_t kinds_under(const std::string& root, const std::vector<std::string>& offered) const;
  /// Fit of a practice's categories for a profile's, in [0, 1], averaged over the profile's
  /// axes; `matches` (if given) receives one entry per wanted category. A practice naming four
  /// or more kinds under one category fits a specific kind as one for the whole category does.
  double fit(const std::vector<std::string>& wanted, const std::vector<std::string>& offered,
             std::vector<CategoryMatch>* matches = nullptr) const;
  const std::vector<Category>& all() const { return categories_; }
  /// A short hash of the data (not of comments or layout): banks record it, since the categories
  /// they store depend on it.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  std::vector<Category> categories_;
  std::vector<std::pair<std::vector<std::string>, std::size_t>> phrases_;  // term sequence → category
  // Indices into phrases_ by their first term: a text is matched term by term, not phrase by phrase.
  std::unordered_map<std::string, std::vector<std::size_t>> phrases_by_first_;
  std::string fingerprint_;
};

}  // namespace practice
