// The JSON API. Shapes are the CLI's `--json` ones, from the library's to_json functions.

#include <charconv>

#include <httplib.h>

#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/matcher.hpp>
#include <practice/profile.hpp>
#include <practice/utf8.hpp>

#include "bank_workers.hpp"
#include "routes.hpp"

namespace practice::serve {
namespace {

constexpr std::size_t max_limit = 100;
constexpr std::size_t max_offset = 10000;

std::string text_param(const httplib::Request& req, const char* name, std::size_t max_bytes) {
  std::string value = req.get_param_value(name);
  if (value.size() > max_bytes)
    throw HttpError{414, std::string("параметр ") + name + " длиннее " + std::to_string(max_bytes) + " байт"};
  if (find_invalid_utf8(value)) throw HttpError{400, std::string("параметр ") + name + ": текст не в UTF-8"};
  return value;
}

std::size_t number_param(const httplib::Request& req, const char* name, std::size_t fallback, std::size_t lo,
                         std::size_t hi) {
  if (!req.has_param(name)) return fallback;
  const std::string s = req.get_param_value(name);
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || n < lo || n > hi)
    throw HttpError{400, std::string("параметр ") + name + ": ожидается целое число от " + std::to_string(lo) + " до " +
                             std::to_string(hi)};
  return n;
}

bool flag_param(const httplib::Request& req, const char* name) {
  const std::string s = req.get_param_value(name);
  return s == "1" || s == "true" || s == "yes";
}

SearchOptions search_options(const httplib::Request& req, std::size_t max_bytes) {
  SearchOptions o;
  o.region = text_param(req, "region", max_bytes);
  o.federal_district = text_param(req, "district", max_bytes);
  o.target_group = text_param(req, "target_group", max_bytes);
  if (req.has_param("year")) o.year = static_cast<int>(number_param(req, "year", 0, 1900, 2100));
  o.limit = number_param(req, "limit", 10, 1, max_limit);
  o.offset = number_param(req, "offset", 0, 0, max_offset);
  o.match_any = flag_param(req, "any");
  const std::string sort = req.get_param_value("sort");
  if (sort == "year") o.sort = SortOrder::year;
  else if (!sort.empty() && sort != "relevance") throw HttpError{400, "параметр sort: relevance или year"};
  return o;
}

// Runs `job` on a bank worker within the time bound and answers with its JSON or an error status.
void answer(httplib::Response& res, BankWorkers& workers, const ServerOptions& options, BankWorkers::Job job) {
  try {
    send_json(res, 200, workers.run(std::move(job), BankWorkers::Clock::now() + options.time_limit));
  } catch (const HttpError& e) {
    send_json(res, e.status, error_body(e.status, e.message));
  } catch (const Timeout&) {
    send_json(res, 503, error_body(503, "запрос не успел выполниться за отведённое время, повторите позже"));
  } catch (const NotFound& e) {
    send_json(res, 404, error_body(404, "практика не найдена: " + e.id()));
  } catch (const InvalidArgument& e) {
    send_json(res, 400, error_body(400, e.what()));
  } catch (const ParseError& e) {
    send_json(res, 400, error_body(400, e.what()));
  } catch (const nlohmann::json::exception& e) {
    send_json(res, 400, error_body(400, std::string("неверный JSON: ") + e.what()));
  } catch (const BankError& e) {
    send_json(res, 503, error_body(503, e.what()));
  }
}

// Parses the request in the HTTP thread (cheap, and bad requests never occupy a bank worker).
template <class Prepare>
void handle(httplib::Response& res, BankWorkers& workers, const ServerOptions& options, Prepare prepare) {
  BankWorkers::Job job;
  try {
    job = prepare();
  } catch (const HttpError& e) {
    return send_json(res, e.status, error_body(e.status, e.message));
  } catch (const Error& e) {
    return send_json(res, 400, error_body(400, e.what()));
  }
  answer(res, workers, options, std::move(job));
}

}  // namespace

void add_api_routes(httplib::Server& http, BankWorkers& workers, const ServerOptions& options) {
  const ServerOptions* o = &options;
  BankWorkers* w = &workers;

  http.Get("/api/search", [o, w](const httplib::Request& req, httplib::Response& res) {
    handle(res, *w, *o, [&]() -> BankWorkers::Job {
      const std::string query = text_param(req, "q", o->max_query_bytes);
      const SearchOptions so = search_options(req, o->max_query_bytes);
      if (query.empty() && so.region.empty() && so.federal_district.empty() && so.target_group.empty() && !so.year)
        throw HttpError{400, "пустой запрос: укажите слова для поиска или фильтр"};
      return [query, so](const Bank& bank) { return nlohmann::json(bank.search(query, so)); };
    });
  });

  http.Post("/api/match", [o, w](const httplib::Request& req, httplib::Response& res) {
    handle(res, *w, *o, [&]() -> BankWorkers::Job {
      if (find_invalid_utf8(req.body)) throw HttpError{400, "тело запроса: текст не в UTF-8"};
      const Profile profile = parse_profile(req.body, "тело запроса");
      MatchOptions mo;
      if (req.has_param("limit")) mo.limit = number_param(req, "limit", 10, 1, max_limit);
      else if (profile.limit && (*profile.limit < 1 || *profile.limit > max_limit))
        throw HttpError{400, "limit: ожидается целое число от 1 до " + std::to_string(max_limit)};
      return [profile, mo](const Bank& bank) { return nlohmann::json(match(bank, profile, mo)); };
    });
  });

  http.Get(R"(/api/similar/([^/]+))", [o, w](const httplib::Request& req, httplib::Response& res) {
    handle(res, *w, *o, [&]() -> BankWorkers::Job {
      const std::string id = req.matches[1];
      const std::size_t limit = number_param(req, "limit", 10, 1, max_limit);
      return [id, limit](const Bank& bank) { return nlohmann::json{{"id", id}, {"results", bank.similar(id, limit)}}; };
    });
  });

  http.Get(R"(/api/practices/([^/]+))", [o, w](const httplib::Request& req, httplib::Response& res) {
    handle(res, *w, *o, [&]() -> BankWorkers::Job {
      const std::string id = req.matches[1];
      return [id](const Bank& bank) { return nlohmann::json(bank.get(id)); };
    });
  });

  http.Get("/api/stats", [o, w](const httplib::Request&, httplib::Response& res) {
    answer(res, *w, *o, [](const Bank& bank) { return nlohmann::json(bank.stats()); });
  });

  http.Get("/healthz", [o, w](const httplib::Request&, httplib::Response& res) {
    answer(res, *w, *o, [](const Bank& bank) { return nlohmann::json{{"status", "ok"}, {"practices", bank.size()}}; });
  });
}

}  // namespace practice::serve
