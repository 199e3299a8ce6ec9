#pragma once
// The facet slot of every document of a local bank, held in memory and split: per docid, the
// index of its region key and the indexes of its target-group ids. Counting the facets of a
// search's checked documents is then a few array lookups per document, where reading the
// values from the bank costs a B-tree descent per value-stream chunk, and splitting them a
// string scan (together about a sixth of a search at 100k practices). Search engines keep such
// columns for faceting for the same reason (Lucene's doc values).
//
// Loading walks the slot once (tens of milliseconds at 100k practices), so a Bank loads the
// column only at its second facet search on one revision: a one-shot CLI search does not pay
// for it, a portal or a script serving many searches does. The column is dropped when the
// bank's revision changes.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace practice::detail {

/// Calls on_region(key) for the region key of a slot_facets value, then on_target(id) for each
/// target-group category id (the value is "<region key>\t<id>\n<id>…").
template <class OnRegion, class OnTarget>
void split_facet_value(std::string_view value, OnRegion&& on_region, OnTarget&& on_target) {
  const auto tab = std::min(value.find('\t'), value.size());
  if (tab > 0) on_region(value.substr(0, tab));
  for (std::size_t start = tab + 1; start < value.size();) {
    const auto end = std::min(value.find('\n', start), value.size());
    on_target(value.substr(start, end - start));
    start = end + 1;
  }
}

/// Facet values summed over a set of documents: by region key and by target-group id.
struct FacetTally {
  std::map<std::string, std::size_t> region_keys, target_ids;
};

class FacetColumn {
 public:
  /// Reads slot `slot` of every document of `db` (a local database: one revision).
  FacetColumn(const Xapian::Database& db, Xapian::valueno slot);

  Xapian::rev revision() const { return revision_; }
  /// The facet values of `ids` (documents of this revision), summed.
  FacetTally tally(const std::vector<Xapian::docid>& ids) const;

 private:
  static constexpr std::uint32_t no_region = UINT32_MAX;
  Xapian::rev revision_;
  std::vector<std::string> region_keys_, target_ids_;  // distinct, in first-seen order
  std::vector<std::uint32_t> region_by_docid_;
  std::vector<std::uint32_t> targets_start_;  // docid → first of its entries in targets_
  std::vector<std::uint32_t> targets_;        // indexes into target_ids_, document after document
};

}  // namespace practice::detail
