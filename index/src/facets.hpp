#pragma once
// Facet counts for region, federal district and target group.
//
// Xapian's built-in ValueCountMatchSpy is used because xapian-tcpsrv can run it on a remote
// shard (a custom MatchSpy cannot be deserialised there), so a federated bank counts exactly as
// a local one. The target-group slot holds several '\n'-separated labels per document: the spy
// counts each distinct combination, and the combinations are split and summed here. The
// federal district is a function of the region (both are set from the same resolved region),
// so its counts are summed from the region counts instead of read by a third spy.
//
// A spy sees only the documents the matcher checks. Asking Xapian to check every match of a
// broad query (tens of thousands in a big bank) defeats its early termination and was most of
// a search's time, so the spies see a sample of `facet_sample` matches, as Xapian's own
// documentation advises: counts are exact when the sample holds every match, otherwise scaled
// to the estimated number of matches and flagged as estimates.

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include <practice/regions.hpp>
#include <practice/search.hpp>

#include "schema.hpp"

namespace practice::detail {

/// Matches the facet spies see at least (Enquire::get_mset's check_at_least).
constexpr Xapian::doccount facet_sample = 200;

class FacetSpies {
 public:
  void attach(Xapian::Enquire& enquire) {
    enquire.add_matchspy(&region_);
    enquire.add_matchspy(&targets_);
  }

  /// Whether the spies saw every match of `mset` (then the counts are exact).
  bool exact(const Xapian::MSet& mset) const {
    return mset.get_matches_lower_bound() == mset.get_matches_upper_bound() &&
           region_.get_total() >= mset.get_matches_upper_bound();
  }

  /// Counts per label; scaled to the estimated number of matches when the spies saw a sample.
  std::map<std::string, std::vector<FacetCount>> counts(const Xapian::MSet& mset) const {
    double scale = 1.0;
    if (!exact(mset) && region_.get_total() > 0)
      scale = static_cast<double>(mset.get_matches_estimated()) / static_cast<double>(region_.get_total());
    return {{"region", sorted(region_, scale)}, {"federal_district", districts(scale)},
            {"target_group", sorted(targets_, scale)}};
  }

 private:
  // The bank stores a district exactly when the region value is a resolved region's name.
  std::vector<FacetCount> districts(double scale) const {
    static const std::map<std::string, std::string> district_of = [] {
      std::map<std::string, std::string> m;
      for (const auto& r : RegionTable::russia().all()) m.emplace(r.name, r.federal_district);
      return m;
    }();
    std::map<std::string, std::size_t> by_district;
    for (auto it = region_.values_begin(); it != region_.values_end(); ++it)
      if (auto d = district_of.find(*it); d != district_of.end()) by_district[d->second] += it.get_termfreq();
    return ordered(by_district, scale);
  }

  // Labels by count, most frequent first; equal counts in label order.
  static std::vector<FacetCount> sorted(const Xapian::ValueCountMatchSpy& spy, double scale) {
    std::map<std::string, std::size_t> by_label;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
      const std::string value = *it;
      for (std::size_t start = 0; start < value.size();) {
        const auto nl = value.find('\n', start);
        const auto end = nl == std::string::npos ? value.size() : nl;
        if (end > start) by_label[value.substr(start, end - start)] += it.get_termfreq();
        start = end + 1;
      }
    }
    return ordered(by_label, scale);
  }

  static std::vector<FacetCount> ordered(const std::map<std::string, std::size_t>& by_label, double scale) {
    std::vector<FacetCount> v;
    for (const auto& [label, n] : by_label)
      v.push_back({label, scale == 1.0 ? n : std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(n * scale)))});
    std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.count > y.count; });
    return v;
  }

  Xapian::ValueCountMatchSpy region_{slot_region}, targets_{slot_targets};
};

}  // namespace practice::detail
