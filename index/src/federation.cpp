#include "federation.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include <practice/error.hpp>

namespace practice::detail {
namespace fs = std::filesystem;

namespace {

// "host:port" → ShardSpec fields; the port must be 1..65535.
bool parse_remote(const std::string& text, ShardSpec& s) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return false;
  const std::string port = text.substr(colon + 1);
  if (port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5) return false;
  const unsigned long n = std::stoul(port);
  if (n == 0 || n > 65535) return false;
  s.host = text.substr(0, colon);
  s.port = static_cast<unsigned>(n);
  return true;
}

fs::path relative_to(const fs::path& file, const std::string& path) {
  const fs::path p(path);
  return p.is_absolute() ? p : file.parent_path() / p;
}

FederationSpec read_json(const fs::path& file, const std::string& content) {
  FederationSpec spec;
  spec.file = file;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(content);
  } catch (const nlohmann::json::parse_error& e) {
    throw ParseError(file.string(), 0, std::string("federation file is not valid JSON: ") + e.what());
  }
  if (!j.is_object() || !j.contains("shards") || !j["shards"].is_array() || j["shards"].empty())
    throw ParseError(file.string(), 0, "federation file needs a non-empty \"shards\" list");
  auto number = [&](const char* key, unsigned& out) {
    if (!j.contains(key)) return;
    if (!j[key].is_number_unsigned()) throw ParseError(file.string(), 0, std::string("\"") + key + "\" must be a number of milliseconds");
    out = j[key].get<unsigned>();
  };
  number("timeout_ms", spec.timeout_ms);
  number("connect_timeout_ms", spec.connect_timeout_ms);
  std::size_t i = 0;
  for (const auto& s : j["shards"]) {
    ++i;
    const std::string where = "shard " + std::to_string(i);
    if (!s.is_object()) throw ParseError(file.string(), 0, where + " must be an object");
    ShardSpec shard;
    shard.name = s.value("name", "");
    const bool local = s.contains("path"), remote = s.contains("remote");
    if (local == remote) throw ParseError(file.string(), 0, where + " needs exactly one of \"path\" or \"remote\"");
    if (local) shard.path = relative_to(file, s["path"].get<std::string>());
    if (remote && !parse_remote(s["remote"].get<std::string>(), shard))
      throw ParseError(file.string(), 0, where + ": \"remote\" must be host:port, got " + s["remote"].dump());
    if (shard.name.empty()) shard.name = shard.location();
    spec.shards.push_back(std::move(shard));
  }
  return spec;
}

// Xapian's stub-database format: one sub-database per line, "auto|glass|chert PATH" or
// "remote :HOST:PORT"; '#' starts a comment. Timeouts keep their defaults.
FederationSpec read_stub(const fs::path& file, const std::string& content) {
  FederationSpec spec;
  spec.file = file;
  std::istringstream in(content);
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    std::istringstream words(line);
    std::string type, arg;
    if (!(words >> type) || type[0] == '#') continue;
    words >> arg;
    ShardSpec shard;
    if ((type == "auto" || type == "glass" || type == "chert") && !arg.empty()) {
      shard.path = relative_to(file, arg);
    } else if (type == "remote" && arg.size() > 1 && arg[0] == ':' && parse_remote(arg.substr(1), shard)) {
    } else {
      throw ParseError(file.string(), number, "not a bank directory, and not a federation file: expected \"auto PATH\" or \"remote :HOST:PORT\", got: " + line);
    }
    shard.name = shard.location();
    spec.shards.push_back(std::move(shard));
  }
  if (spec.shards.empty()) throw ParseError(file.string(), 0, "federation file lists no shards");
  return spec;
}

}  // namespace

std::string ShardSpec::location() const { return host.empty() ? path.string() : host + ":" + std::to_string(port); }

FederationSpec read_federation(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw BankError("cannot read federation file " + file.string());
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();
  const auto first = content.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && content[first] == '{') {
    try {
      return read_json(file, content);
    } catch (const nlohmann::json::exception& e) {  // a value of the wrong type
      throw ParseError(file.string(), 0, std::string("bad federation file: ") + e.what());
    }
  }
  return read_stub(file, content);
}

Federation::Federation(FederationSpec spec, Check check) : spec_(std::move(spec)), check_(std::move(check)) { connect(); }

void Federation::connect() {
  status_.clear();
  combined_ = Xapian::Database();
  for (const auto& shard : spec_.shards) {
    ShardStatus st{shard.name, shard.location()};
    try {
      Xapian::Database db = shard.host.empty()
                                ? Xapian::Database(shard.path.string())
                                : Xapian::Remote::open(shard.host, shard.port, spec_.timeout_ms, spec_.connect_timeout_ms);
      check_(db, "shard «" + shard.name + "» (" + shard.location() + ")");
      st.documents = db.get_doccount();
      st.ok = true;
      combined_.add_database(db);
    } catch (const Xapian::NetworkTimeoutError&) {
      st.error = "нет ответа за " + std::to_string(spec_.timeout_ms) + " мс";
    } catch (const Xapian::NetworkError& e) {
      st.error = "нет соединения (" + e.get_msg() + ")";
    } catch (const Xapian::Error& e) {
      st.error = std::string(e.get_type()) + ": " + e.get_msg();
    } catch (const IncompatibleBank& e) {
      st.error = e.what();
    }
    status_.push_back(std::move(st));
  }
  if (combined_.size() == 0) {
    std::string why;
    for (const auto& st : status_) why += "\n  " + st.name + " (" + st.location + "): " + st.error;
    throw BankError("no shard of federation " + spec_.file.string() + " answered:" + why);
  }
}

std::vector<ShardStatus> Federation::status() const { return status_; }

std::vector<std::string> Federation::warnings() const {
  std::vector<std::string> out;
  for (const auto& st : status_)
    if (!st.ok)
      out.push_back("шард «" + st.name + "» (" + st.location + ") не ответил: " + st.error +
                    "; результаты собраны без него");
  return out;
}

}  // namespace practice::detail
