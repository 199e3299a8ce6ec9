#include <practice/shortlist.hpp>

#include <algorithm>
#include <set>

#include <practice/matcher.hpp>
#include <practice/taxonomy.hpp>
#include <practice/text/normalize.hpp>
#include <practice/thesaurus.hpp>
#include <practice/validation.hpp>

namespace practice {
namespace {

struct Scored {
  Practice practice;
  double relevance;
  std::set<std::string> features;
};

std::set<std::string> features_of(const Practice& p) {
  std::set<std::string> f;
  for (const auto& g : p.target_groups)
    for (const auto& c : Taxonomy::builtin().categorize(g)) f.insert("tg:" + c);
  for (const auto& t : Thesaurus::terms(p.title)) f.insert(t);
  return f;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 0.0;
  std::size_t common = 0;
  for (const auto& x : a) common += b.count(x);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace

std::vector<Practice> shortlist(const Bank& bank, const ShortlistOptions& o) {
  std::vector<Scored> pool;
  if (o.profile) {
    Profile profile = *o.profile;
    if (!o.region.empty() && profile.region.empty()) profile.region = o.region;
    // Relevance without the likeness to the first result, which favours near-duplicates of it: a
    // round table wants variety, and the MMR below would only have to undo it.
    for (auto& r : match(bank, profile, {.limit = 100, .weights = {.similarity = 0}}).results) {
      Practice p = bank.get(r.id);
      pool.push_back({p, r.score, features_of(p)});
    }
  } else {
    SearchOptions s;
    s.region = o.region;
    s.target_group = o.target_group;
    s.match_any = true;
    s.limit = 200;
    s.with_practice = true;
    s.facets = false;
    s.snippets = false;
    for (auto& h : bank.search(o.theme, s).results) {
      const double rel = o.theme.empty() ? readiness(*h.practice) : h.score;
      pool.push_back({std::move(*h.practice), rel, {}});
      pool.back().features = features_of(pool.back().practice);
    }
  }
  std::vector<Practice> chosen;
  std::vector<const Scored*> picked;
  std::vector<bool> used(pool.size(), false);
  while (chosen.size() < o.count) {
    double best = -1e9;
    std::size_t best_i = pool.size();
    for (std::size_t i = 0; i < pool.size(); ++i) {
      if (used[i]) continue;
      double max_sim = 0.0;
      for (const auto* s : picked) max_sim = std::max(max_sim, jaccard(pool[i].features, s->features));
      const double mmr = (1.0 - o.diversity) * pool[i].relevance - o.diversity * max_sim;
      if (mmr > best + 1e-12 || (std::abs(mmr - best) <= 1e-12 && best_i < pool.size() && pool[i].practice.id < pool[best_i].practice.id)) {
        best = mmr;
        best_i = i;
      }
    }
    if (best_i == pool.size()) break;
    used[best_i] = true;
    picked.push_back(&pool[best_i]);
    chosen.push_back(pool[best_i].practice);
  }
  return chosen;
}

}  // namespace practice
