// The `practice` program: parses arguments with CLI11 and calls one run_* per subcommand.

#include <iostream>

#include <CLI/CLI.hpp>

#include <practice/error.hpp>
#include <practice/version.hpp>

#include "commands.hpp"

using namespace practice::cli;

int main(int argc, char** argv) {
  CLI::App app{"practice — банк социальных практик НКО: поиск и рекомендации"};
  app.set_version_flag("--version", std::string(practice::version));
  app.require_subcommand(1);

  IndexArgs index;
  auto* c_index = app.add_subcommand("index", "add or replace (by id) practices from .jsonl, .json, .txt, .md, .docx files or folders");
  c_index->add_option("--db", index.db, "bank directory (created if missing)")->required();
  c_index->add_option("--batch-size", index.batch, "practices per transaction");
  c_index->add_option("inputs", index.inputs, "files or folders")->required();

  SearchArgs search;
  auto* c_search = app.add_subcommand("search", "ranked full-text search");
  c_search->add_option("--db", search.db, "bank directory")->required();
  c_search->add_option("--region", search.region, "subject of the RF, any spelling");
  c_search->add_option("--district", search.district, "federal district");
  c_search->add_option("--target-group", search.target_group, "target group (free text or category)");
  c_search->add_option("--year", search.year, "practices active in that year");
  c_search->add_option("--limit", search.limit, "number of results")->check(CLI::Range(1, 10000));
  c_search->add_option("--offset", search.offset, "results to skip");
  c_search->add_flag("--any", search.any, "any word may match (default: all words)");
  c_search->add_flag("--by-year", search.by_year, "newest first instead of by relevance");
  c_search->add_flag("--no-thesaurus", search.no_thesaurus, "words only, without the domain thesaurus (a plain BM25 baseline)");
  c_search->add_flag("--json", search.json, "JSON output");
  c_search->add_option("--batch", search.batch, "file with one query per line (- for stdin); JSON Lines out");
  c_search->add_option("query", search.query, "query");

  ShowArgs show;
  auto* c_show = app.add_subcommand("show", "print one practice with every template section");
  c_show->add_option("--db", show.db, "bank directory")->required();
  c_show->add_flag("--json", show.json, "JSON output");
  c_show->add_option("id", show.id, "practice id")->required();

  MatchArgs match;
  auto* c_match = app.add_subcommand("match", "recommend practices for an NGO profile, with reasons");
  c_match->add_option("--db", match.db, "bank directory")->required();
  c_match->add_option("--profile", match.profile, "profile JSON file (- for stdin)");
  c_match->add_option("--batch", match.batch, "JSON Lines of profiles; JSON Lines out");
  c_match->add_option("--limit", match.limit, "number of recommendations")->check(CLI::Range(1, 1000));
  c_match->add_option("--weights", match.weights, "JSON file of signal weights");
  c_match->add_flag("--json", match.json, "JSON output");

  SimilarArgs similar;
  auto* c_similar = app.add_subcommand("similar", "practices like a given one");
  c_similar->add_option("--db", similar.db, "bank directory")->required();
  c_similar->add_option("--limit", similar.limit, "number of results")->check(CLI::Range(1, 1000));
  c_similar->add_flag("--json", similar.json, "JSON output");
  c_similar->add_option("id", similar.id, "practice id")->required();

  ValidateArgs validate;
  auto* c_validate = app.add_subcommand("validate", "check descriptions against the template; exit 0 only if all pass");
  c_validate->add_flag("--json", validate.json, "JSON output");
  c_validate->add_flag("--quiet", validate.quiet, "list only descriptions with findings");
  c_validate->add_option("--year", validate.reference_year, "reference year for the 3-year activity rule (default: this year)");
  c_validate->add_option("inputs", validate.inputs, "files or folders")->required();

  ParseArgs parse;
  auto* c_parse = app.add_subcommand("parse", "print each description read as practice JSON, one per line");
  c_parse->add_option("inputs", parse.inputs, "files or folders (- for stdin)")->required();

  StatsArgs stats;
  auto* c_stats = app.add_subcommand("stats", "counts by region, federal district, target group and year");
  c_stats->add_option("--db", stats.db, "bank directory")->required();
  c_stats->add_flag("--json", stats.json, "JSON output");

  ReplicationsArgs reps;
  auto* c_reps = app.add_subcommand("replications", "record that practices were replicated, from JSON Lines files or options");
  c_reps->add_option("--db", reps.db, "bank directory")->required();
  c_reps->add_option("inputs", reps.inputs, "JSON Lines files of records (- for stdin)");
  c_reps->add_option("--practice", reps.practice, "id of the practice replicated (one record given as options)");
  c_reps->add_option("--organization", reps.organization, "who replicated it");
  c_reps->add_option("--region", reps.region, "where");
  c_reps->add_option("--year", reps.year, "when");
  c_reps->add_option("--outcome", reps.outcome, "outcome notes");
  c_reps->add_flag("--json", reps.json, "JSON output");

  ShortlistArgs shortlist;
  auto* c_short = app.add_subcommand("shortlist", "a diverse selection for a round table, exported as CSV, Markdown or HTML");
  c_short->add_option("--db", shortlist.db, "bank directory")->required();
  c_short->add_option("--region", shortlist.region, "region to favour");
  c_short->add_option("--theme", shortlist.theme, "theme (free text)");
  c_short->add_option("--target-group", shortlist.target_group, "target group");
  c_short->add_option("--profile", shortlist.profile, "NGO profile JSON to select for");
  c_short->add_option("-n,--count", shortlist.count, "number of practices")->check(CLI::Range(1, 500));
  c_short->add_option("--format", shortlist.format, "csv, md or html")->check(CLI::IsMember({"csv", "md", "html"}));
  c_short->add_option("-o,--output", shortlist.output, "output file (default: stdout)");
  c_short->add_option("--title", shortlist.title, "title of the compendium");

  ServeArgs serve;
  auto* c_serve = app.add_subcommand("serve", "HTTP JSON API and the search page for a portal");
  c_serve->add_option("--db", serve.db, "bank directory")->required();
  c_serve->add_option("--host", serve.host, "address to listen on (default: loopback only)");
  c_serve->add_option("--port", serve.port, "port (0: any free port)")->check(CLI::Range(0, 65535));
  c_serve->add_option("--workers", serve.workers, "threads running bank queries (default: one per core)");
  c_serve->add_option("--connections", serve.connections, "connections served at once")->check(CLI::Range(1, 1024));
  c_serve->add_option("--cors-origin", serve.cors_origins, "origin allowed to call the API from a browser (repeat; * = any)");
  c_serve->add_option("--max-body", serve.max_body_bytes, "largest request body in bytes (else 413)");
  c_serve->add_option("--max-query", serve.max_query_bytes, "longest query parameter in bytes (else 414)");
  c_serve->add_option("--time-limit", serve.time_limit_ms, "milliseconds a request may take (else 503)")->check(CLI::Range(1L, 600000L));
  c_serve->add_option("--access-log", serve.access_log, "Combined Log Format to FILE (- = stderr, empty = off)");
  ImportGrantsArgs grants;
  auto* c_grants = app.add_subcommand("import-grants", "index the presidential-grants data (JSON Lines) and report region resolution");
  c_grants->add_option("--db", grants.db, "bank directory (created if missing)")->required();
  c_grants->add_option("--batch-size", grants.batch, "practices per transaction");
  c_grants->add_flag("--json", grants.json, "JSON report");
  c_grants->add_option("file", grants.file, "ngodata_presidential_grants_2007_2012.jsonl")->required();
  ServeShardArgs serve_shard;
  auto* c_serve_shard = app.add_subcommand("serve-shard", "serve one bank read-only to federated banks (runs xapian-tcpsrv)");
  c_serve_shard->add_option("--db", serve_shard.db, "bank directory")->required();
  c_serve_shard->add_option("--port", serve_shard.port, "TCP port")->required()->check(CLI::Range(1, 65535));
  c_serve_shard->add_option("--host", serve_shard.host, "address to listen on (default: loopback only)");
  c_serve_shard->add_option("--timeout-ms", serve_shard.timeout_ms, "close idle or stuck connections after this long");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  index.progress = is_terminal(std::cerr);
  try {
    if (*c_index) return run_index(index, std::cout, std::cerr);
    if (*c_search) {
      if (search.query.empty() && search.batch.empty() && search.region.empty() && search.target_group.empty() &&
          search.district.empty() && !search.year)
        throw practice::InvalidArgument("пустой запрос: укажите слова для поиска или фильтр");
      return run_search(search, std::cout, std::cerr);
    }
    if (*c_show) return run_show(show, std::cout, std::cerr);
    if (*c_match) {
      if (match.profile.empty() == match.batch.empty()) throw practice::InvalidArgument("give exactly one of --profile or --batch");
      return run_match(match, std::cout, std::cerr);
    }
    if (*c_similar) return run_similar(similar, std::cout, std::cerr);
    if (*c_validate) return run_validate(validate, std::cout, std::cerr);
    if (*c_parse) return run_parse(parse, std::cout, std::cerr);
    if (*c_stats) return run_stats(stats, std::cout, std::cerr);
    if (*c_short) return run_shortlist(shortlist, std::cout, std::cerr);
    if (*c_reps) return run_replications(reps, std::cout, std::cerr);
    if (*c_serve) return run_serve(serve, std::cout, std::cerr);
    if (*c_grants) return run_import_grants(grants, std::cout, std::cerr);
    if (*c_serve_shard) return run_serve_shard(serve_shard, std::cout, std::cerr);
  } catch (const practice::InvalidArgument& e) {
    std::cerr << "practice: error: " << e.what() << "\n";
    return 2;
  } catch (const practice::Error& e) {
    std::cerr << "practice: error: " << e.what() << "\n";
    return 3;
  } catch (const std::exception& e) {
    std::cerr << "practice: error: " << e.what() << "\n";
    return 3;
  }
  return 2;
}
