#pragma once
// Facet counts for region, federal district and target group.
//
// Xapian's built-in ValueCountMatchSpy is used because xapian-tcpsrv can run it on a remote
// shard (a custom MatchSpy cannot be deserialised there), so a federated bank counts exactly as
// a local one. One spy reads one short slot (slot_facets: region id, tab, category ids): the
// spy counts each distinct combination, and the combinations are split, named and summed here.
// The federal district is a function of the region, so its counts come from the region's.
//
// A spy sees only the documents the matcher checks. Asking Xapian to check every match of a
// broad query (tens of thousands in a big bank) defeats its early termination and was most of
// a search's time, so the spy sees a sample of `facet_sample` matches, as Xapian's own
// documentation advises: counts are exact when the sample holds every match, otherwise scaled
// to the estimated number of matches and flagged as estimates.
//
// On a local bank the spy only records the documents checked, and their values are read after
// the match in one forward walk of the slot's value stream, where the built-in spy's
// get_value() looks each document's value up in the B-tree (the facets cost about 15% less),
// or from the bank's FacetColumn when it has loaded one.

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include <practice/regions.hpp>
#include <practice/search.hpp>
#include <practice/taxonomy.hpp>

#include "facet_column.hpp"
#include "schema.hpp"

namespace practice::detail {

/// Matches the facet spies see at least (Enquire::get_mset's check_at_least).
constexpr Xapian::doccount facet_sample = 200;

// Records the documents the matcher checks (their ids only).
class CheckedDocuments : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override { ids.push_back(doc.get_docid()); }
  std::vector<Xapian::docid> ids;
};

class FacetSpies {
 public:
  /// `remote`: a federation, whose shards served by xapian-tcpsrv run only built-in spies.
  void attach(Xapian::Enquire& enquire, bool remote) {
    remote_ = remote;
    if (remote_) enquire.add_matchspy(&spy_);
    else enquire.add_matchspy(&checked_);
  }

  /// Whether the spy saw every match of `mset` (then the counts are exact).
  bool exact(const Xapian::MSet& mset) const {
    return mset.get_matches_lower_bound() == mset.get_matches_upper_bound() && seen() >= mset.get_matches_upper_bound();
  }

  /// Counts per label; scaled to the estimated number of matches when the spy saw a sample.
  /// `column`: the bank's facet slot in memory, if loaded (local banks only).
  std::map<std::string, std::vector<FacetCount>> counts(const Xapian::MSet& mset, const Xapian::Database& db,
                                                        const FacetColumn* column) const {
    double scale = 1.0;
    if (!exact(mset) && seen() > 0) scale = static_cast<double>(mset.get_matches_estimated()) / static_cast<double>(seen());
    // Summed by stored key first (short ASCII ids), then named once per distinct key.
    const FacetTally tally = column && !remote_ ? column->tally(checked_.ids) : values(db);
    const auto& [region_keys, target_ids] = tally;
    std::map<std::string, std::size_t> regions, districts, targets;
    for (const auto& [key, n] : region_keys) {
      if (key[0] == '=') {
        regions[key.substr(1)] += n;
      } else if (const Region* r = RegionTable::russia().by_id(key)) {
        regions[r->name] += n;
        districts[r->federal_district] += n;
      }
    }
    for (const auto& [id, n] : target_ids)
      if (const Category* c = Taxonomy::builtin().find(id)) targets[c->label] += n;
    return {{"region", ordered(regions, scale)}, {"federal_district", ordered(districts, scale)},
            {"target_group", ordered(targets, scale)}};
  }

 private:
  // Labels by count, most frequent first; equal counts in label order.
  static std::vector<FacetCount> ordered(const std::map<std::string, std::size_t>& by_label, double scale) {
    std::vector<FacetCount> v;
    for (const auto& [label, n] : by_label)
      v.push_back({label, scale == 1.0 ? n : std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(n * scale)))});
    std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.count > y.count; });
    return v;
  }

  Xapian::doccount seen() const { return remote_ ? spy_.get_total() : static_cast<Xapian::doccount>(checked_.ids.size()); }

  // The facet values of the checked documents, summed, read from the bank or the spy.
  FacetTally values(const Xapian::Database& db) const {
    FacetTally out;
    auto add = [&](const std::string& value, std::size_t n) {
      split_facet_value(
          value, [&](std::string_view key) { out.region_keys[std::string(key)] += n; },
          [&](std::string_view id) { out.target_ids[std::string(id)] += n; });
    };
    if (remote_) {
      for (auto it = spy_.values_begin(); it != spy_.values_end(); ++it) add(*it, it.get_termfreq());
      return out;
    }
    std::vector<Xapian::docid> ids = checked_.ids;
    std::sort(ids.begin(), ids.end());  // the matcher checks in docid order; a walk must go forward
    auto v = db.valuestream_begin(slot_facets);
    for (const Xapian::docid id : ids) {
      if (v == db.valuestream_end(slot_facets)) break;
      v.skip_to(id);
      if (v != db.valuestream_end(slot_facets) && v.get_docid() == id) add(*v, 1);
    }
    return out;
  }

  bool remote_ = false;
  CheckedDocuments checked_;
  Xapian::ValueCountMatchSpy spy_{slot_facets};
};

}  // namespace practice::detail
