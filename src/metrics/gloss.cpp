#include "chimera/metrics/gloss.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <vector>

namespace chimera::metrics {
namespace {

struct Term {
  std::string_view cjk, english;
};

// Benchmark vocabulary in Simplified and Traditional Chinese, Japanese and Korean, as result
// tables name their columns. Longer terms win over their parts ("请求数" over "请求"); an
// English word list the classifier reads ("request latency", "tokens per second").
constexpr Term kTerms[] = {
    // time to first token, latencies, durations
    {"首字延迟", "time to first token"},
    {"首字时延", "time to first token"},
    {"首字延遲", "time to first token"},
    {"首字時延", "time to first token"},
    {"首包延迟", "time to first token"},
    {"首包时延", "time to first token"},
    {"首字", "first token"},
    {"首包", "first token"},
    {"首个", "first"},
    {"首個", "first"},
    {"首", "first"},
    {"初回", "first"},
    {"端到端", "end to end"},
    {"请求耗时", "request latency"},
    {"請求耗時", "request latency"},
    {"延迟", "latency"},
    {"延遲", "latency"},
    {"时延", "latency"},
    {"時延", "latency"},
    {"遅延", "latency"},
    {"レイテンシー", "latency"},
    {"レイテンシ", "latency"},
    {"지연 시간", "latency"},
    {"지연시간", "latency"},
    {"지연", "latency"},
    {"响应时间", "response time"},
    {"響應時間", "response time"},
    {"応答時間", "response time"},
    {"响应", "response"},
    {"響應", "response"},
    {"応答", "response"},
    {"耗时", "time"},
    {"耗時", "time"},
    {"用时", "time"},
    {"用時", "time"},
    {"时间", "time"},
    {"時間", "time"},
    {"热身", "warmup"},
    {"熱身", "warmup"},
    {"预热", "warmup"},
    {"預熱", "warmup"},
    {"ウォームアップ", "warmup"},
    {"워밍업", "warmup"},
    {"每秒回复token数量", "response tokens per second"},
    {"每秒token数量", "tokens per second"},
    {"每秒token数", "tokens per second"},
    {"回复持续时间", "response time"},
    {"回复时间", "response time"},
    {"推奨", "recommended"},  // Japanese: "推奨GPU VRAM", the VRAM recommended
    {"最快", "min"},
    {"最慢", "max"},
    {"最少", "min"},
    {"最多", "max"},
    {"回复", "response"},
    {"总耗时", "total time"},
    {"總耗時", "total time"},
    {"驱动", "driver"},
    {"驅動", "driver"},
    {"大小", "size"},
    {"サイズ", "size"},
    {"크기", "size"},
    {"사이즈", "size"},  // (the English word, as Korean writes it)
    {"时长", "duration"},
    {"時長", "duration"},
    {"所要時間", "time"},
    {"응답 시간", "response time"},  // "총 응답 시간": total response time
    {"응답시간", "response time"},
    {"시간", "time"},
    {"毫秒", "ms"},
    {"ミリ秒", "ms"},
    {"秒", "s"},
    {"초", "s"},
    {"分钟", "min"},
    {"分鐘", "min"},
    // requests, users, concurrency
    {"请求数量", "requests"},
    {"请求数", "requests"},
    {"請求數", "requests"},
    {"リクエスト数", "requests"},
    {"요청 수", "requests"},
    {"단일 요청", "single request"},
    {"单请求", "single request"},
    {"單請求", "single request"},
    {"每请求", "per request"},
    {"每個請求", "per request"},
    {"每个请求", "per request"},
    {"请求", "request"},
    {"請求", "request"},
    {"リクエスト", "request"},
    {"요청", "request"},
    {"单用户", "single user"},
    {"單用戶", "single user"},
    {"用户", "user"},
    {"用戶", "user"},
    {"ユーザー", "user"},
    {"사용자", "user"},
    {"并发数", "concurrency"},
    {"並發數", "concurrency"},
    {"并发度", "concurrency"},
    {"并发", "concurrency"},
    {"並發", "concurrency"},
    {"同時実行数", "concurrency"},
    {"同時リクエスト数", "concurrency"},
    {"同時接続数", "concurrency"},
    {"並列数", "concurrency"},
    {"동시성", "concurrency"},
    {"동시 요청", "concurrency"},
    // rates and counts
    {"吞吐量", "throughput"},
    {"吞吐率", "throughput"},
    {"吞吐", "throughput"},
    {"スループット", "throughput"},
    {"처리량", "throughput"},
    {"每秒", "per second"},
    {"毎秒", "per second"},
    {"每", "per"},
    {"生成速度", "generation speed"},
    {"推理速度", "inference speed"},
    {"速度", "speed"},
    {"スピードアップ", "speedup"},  // "**10倍**": how many times faster
    {"加速比", "speedup"},
    {"速度比", "speedup"},          // speed ratio: how many times as fast
    {"接受率", "acceptance rate"},  // speculative decoding's draft tokens accepted
    {"接收率", "acceptance rate"},
    {"排名", "rank"},
    {"排行", "rank"},
    {"速率", "rate"},
    {"生成", "generation"},
    {"推理", "inference"},
    {"推論トークン数", "generated tokens"},  // Japanese: the tokens an inference made
    {"推論", "inference"},                   // Japanese
    {"令牌", "tokens"},
    {"词元", "tokens"},
    {"詞元", "tokens"},
    {"トークン", "tokens"},
    {"토큰", "tokens"},
    {"输出", "output"},
    {"輸出", "output"},
    {"出力", "output"},
    {"출력", "output"},
    {"输入", "input"},
    {"輸入", "input"},
    {"入力", "input"},
    {"입력", "input"},
    {"预填充", "prefill"},
    {"預填充", "prefill"},
    {"プリフィル", "prefill"},
    {"解码", "decode"},
    {"解碼", "decode"},
    {"デコード", "decode"},
    {"加载", "load"},
    {"加載", "load"},
    {"載入", "load"},
    {"ロード", "load"},
    {"提示词", "prompt"},
    {"提示詞", "prompt"},
    {"プロンプト", "prompt"},
    {"提示", "prompt"},
    {"成功率", "success rate"},
    {"成功", "successful"},
    {"失败", "failed"},
    {"失敗", "failed"},
    {"错误率", "error rate"},
    {"錯誤率", "error rate"},
    {"失败率", "failure rate"},
    {"失敗率", "failure rate"},
    {"エラー率", "error rate"},
    {"超时", "timeout"},
    {"超時", "timeout"},
    {"错误", "errors"},
    {"錯誤", "errors"},
    {"エラー", "errors"},
    // "次数" 1, 2, 3 beside each figure: which run (a table of repeated runs); "测试次数": how many
    {"测试次数", "runs"},
    {"測試次數", "runs"},
    {"请求次数", "requests"},
    {"請求次數", "requests"},
    {"轮次", "round"},
    {"輪次", "round"},
    {"回合", "round"},
    {"运行", "run"},
    {"運行", "run"},
    {"次数", "run"},
    {"次數", "run"},
    {"回数", "run"},
    {"回目", "run"},
    {"数量", "count"},
    {"數量", "count"},
    {"所有", "all"},
    {"全部", "all"},
    {"完成", "completed"},
    {"发出", "sent"},
    {"發出", "sent"},
    {"总计", "total"},
    {"總計", "total"},
    {"合计", "total"},
    {"合計", "total"},
    {"总", "total"},
    {"總", "total"},
    {"총", "total"},
    // statistics
    {"平均值", "mean"},
    {"平均値", "mean"},
    {"平均", "mean"},
    {"均值", "mean"},
    {"평균", "mean"},
    {"中位数", "median"},
    {"中位數", "median"},
    {"中央値", "median"},
    {"중앙값", "median"},
    {"峰值", "peak"},  // "内存峰值" (memory's peak): its maximum
    {"峰値", "peak"},
    {"最大值", "max"},
    {"最大値", "max"},
    {"最大", "max"},
    {"최대", "max"},
    {"最小值", "min"},
    {"最小値", "min"},
    {"最小", "min"},
    {"최소", "min"},
    {"标准差", "std"},
    {"標準差", "std"},
    {"標準偏差", "std"},
    {"표준편차", "std"},
    {"方差", "variance"},
    // resources
    {"显存占用", "gpu memory used"},
    {"顯存佔用", "gpu memory used"},
    {"显存", "gpu memory"},
    {"顯存", "gpu memory"},
    {"内存", "memory"},
    {"記憶體", "memory"},
    {"メモリ", "memory"},
    {"메모리", "memory"},
    {"占用", "used"},
    {"使用量", "used"},
    {"利用率", "utilization"},
    {"使用率", "utilization"},
    {"功耗", "power"},
    {"功率", "power"},
    {"消費電力", "power"},
    {"能耗", "energy"},
    {"温度", "temperature"},
    // what a table's columns hold: "| 指标 | 数值 |" is "| Metric | Value |"
    {"指标", "metric"},
    {"指標", "metric"},
    {"数值", "value"},
    {"數值", "value"},
    {"値", "value"},
    {"值", "value"},
    {"结果", "result"},
    {"結果", "result"},
    {"项目", "item"},
    {"項目", "item"},
    {"参数", "parameter"},
    {"參數", "parameter"},
    {"パラメータ", "parameter"},
    {"名称", "name"},
    {"名稱", "name"},
    {"名前", "name"},
    {"单位", "unit"},
    {"單位", "unit"},
    {"単位", "unit"},
    // what a figure is besides measured: "bfloat16 理论 （对照）" is a theoretical figure
    {"理论实际比", "ratio"},  // the actual figure over the theoretical one, in %
    {"理論實際比", "ratio"},
    {"理论", "theoretical"},
    {"理論", "theoretical"},
    {"预估", "estimated"},
    {"預估", "estimated"},
    {"预计", "expected"},
    {"預計", "expected"},
    {"实际", "actual"},
    {"實際", "actual"},
    // configuration and identity
    {"模型文件大小", "model file size"},
    {"模型檔案大小", "model file size"},
    {"模型大小", "model size"},
    {"模型", "model"},
    {"モデル", "model"},
    {"모델", "model"},
    {"엔진", "engine"},
    {"환경", "environment"},  // Korean: "## 환경", the set-up
    {"量化", "quantization"},
    {"量子化", "quantization"},
    {"양자화", "quantization"},
    {"批大小", "batch size"},
    {"批次大小", "batch size"},
    {"批量大小", "batch size"},
    {"バッチサイズ", "batch size"},
    {"배치 크기", "batch size"},
    {"批次", "batch"},
    {"批量", "batch"},
    {"バッチ", "batch"},
    {"배치", "batch"},  // Korean "배치 사이즈": batch size
    {"上下文长度", "context length"},
    {"上下文長度", "context length"},
    {"コンテキスト長", "context length"},
    {"上下文", "context"},
    {"コンテキスト", "context"},
    {"컨텍스트", "context"},
    {"长度", "length"},
    {"長度", "length"},
    {"長さ", "length"},
    {"길이", "length"},
    {"显卡", "gpu"},
    {"顯卡", "gpu"},
    {"设备", "device"},
    {"設備", "device"},
    {"デバイス", "device"},
    {"测试环境", "test environment"},
    {"測試環境", "test environment"},
    {"环境", "environment"},
    {"環境", "environment"},
    {"硬件", "hardware"},
    {"硬體", "hardware"},
    {"测试平台", "test platform"},  // the machine a row ran on
    {"測試平台", "test platform"},
    {"平台", "platform"},
    {"框架", "framework"},
    {"フレームワーク", "framework"},
    {"引擎", "engine"},
    {"エンジン", "engine"},
    {"后端", "backend"},
    {"後端", "backend"},
    {"バックエンド", "backend"},
    {"测试", "test"},
    {"測試", "test"},
    {"テスト", "test"},
    {"테스트", "test"},
    {"场景", "scenario"},
    {"場景", "scenario"},
    {"シナリオ", "scenario"},
    {"配置", "config"},
    {"精度", "precision"},
    {"准确率", "accuracy"},
    {"準確率", "accuracy"},
    {"正確率", "accuracy"},
    {"正解率", "accuracy"},
    {"版本", "version"},
    {"バージョン", "version"},
    {"序号", "no"},
    {"編號", "no"},
    {"编号", "no"},
    {"备注", "note"},
    {"備註", "note"},
    {"備考", "note"},
};

// Full-width punctuation as ASCII: "（ms）", "成功／失败", "TTFT：".
constexpr Term kPunctuation[] = {
    {"（", "("}, {"）", ")"}, {"／", "/"}, {"：", ":"}, {"，", ","}, {"％", "%"}, {"　", " "},
};

// The length of the UTF-8 character at the start of `s`: its lead byte and the continuation
// bytes that follow it (1 for ASCII, a stray or invalid byte, or a character cut short).
std::size_t sequence_length(std::string_view s) {
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t want = lead >= 0xF8   ? 1
                           : lead >= 0xF0 ? 4
                           : lead >= 0xE0 ? 3
                           : lead >= 0xC0 ? 2
                                          : 1;
  std::size_t n = 1;
  while (n < want && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return n == want ? n : 1;
}

// Whether the 3-byte sequence at `s` is CJK text: CJK punctuation, kana, ideographs (U+3000 to
// U+9FFF), Hangul syllables (U+AC00 to U+D7AF) or full-width forms (U+FF00 to U+FFEF).
bool cjk_at(std::string_view s) {
  if (s.size() < 3) return false;
  const auto b0 = static_cast<unsigned char>(s[0]), b1 = static_cast<unsigned char>(s[1]);
  const auto b2 = static_cast<unsigned char>(s[2]);
  if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;  // not a whole UTF-8 character
  if (b0 >= 0xE3 && b0 <= 0xE9) return true;
  if (b0 == 0xEA) return b1 >= 0xB0;
  if (b0 >= 0xEB && b0 <= 0xEC) return true;
  if (b0 == 0xED) return b1 <= 0x9E;
  return b0 == 0xEF && (b1 == 0xBC || b1 == 0xBD || b1 == 0xBF);
}

// A glossary's terms, longest first, so a term wins over its parts.
std::vector<Term> longest_first(std::span<const Term> terms) {
  std::vector<Term> t(terms.begin(), terms.end());
  std::stable_sort(t.begin(), t.end(),
                   [](const Term& a, const Term& b) { return a.cjk.size() > b.cjk.size(); });
  return t;
}

const std::vector<Term>& glossary() {
  static const std::vector<Term> terms = longest_first(kTerms);
  return terms;
}

void append_word(std::string& out, std::string_view word) {
  if (!out.empty() && out.back() != ' ') out += ' ';
  out += word;
  out += ' ';
}

}  // namespace

bool has_cjk_text(std::string_view name) {
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (static_cast<unsigned char>(name[i]) >= 0xE3 && cjk_at(name.substr(i))) return true;
  }
  return false;
}

std::string gloss(std::string_view name) {
  if (!has_cjk(name)) return {};
  std::string out;
  std::size_t i = 0;
  while (i < name.size()) {
    const std::string_view rest = name.substr(i);
    const auto lead = static_cast<unsigned char>(rest[0]);
    if (lead < 0xE3 || !cjk_at(rest)) {
      const std::size_t n = sequence_length(rest);
      out.append(rest.substr(0, n));
      i += n;
      continue;
    }
    const auto punct = std::find_if(std::begin(kPunctuation), std::end(kPunctuation),
                                    [&](const Term& t) { return rest.starts_with(t.cjk); });
    if (punct != std::end(kPunctuation)) {
      out += punct->english;
      i += punct->cjk.size();
      continue;
    }
    const auto& terms = glossary();
    const auto term = std::find_if(terms.begin(), terms.end(),
                                   [&](const Term& t) { return rest.starts_with(t.cjk); });
    if (term != terms.end()) {
      append_word(out, term->english);
      i += term->cjk.size();
    } else {
      if (!out.empty() && out.back() != ' ') out += ' ';  // an unknown term separates words
      i += 3;
    }
  }
  // One space between words, none at the ends.
  std::string tidy;
  for (const char c : out) {
    if (c == ' ' && (tidy.empty() || tidy.back() == ' ')) continue;
    tidy += c;
  }
  while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
  // (Callers read a glossed name again: it holds no CJK text, whatever bytes the name had.)
  if (has_cjk(tidy)) {
    for (char& c : tidy) {
      if (static_cast<unsigned char>(c) >= 0x80) c = ' ';
    }
  }
  return tidy;
}

namespace {

// Benchmark vocabulary in Spanish, French, German, Portuguese and Russian (lower case), as result
// tables name their columns: phrases first (their words in English order), then words. Only words
// no English header uses ("temps" alone may be a GPU's temperatures: only with a time's unit).
constexpr Term kEuropean[] = {
    // phrases
    {"tiempo hasta el primer token", "time to first token"},
    {"tiempo al primer token", "time to first token"},
    {"tiempo de respuesta", "response time"},
    {"tasa de \xC3\xA9xito", "success rate"},  // tasa de éxito
    {"tasa de exito", "success rate"},
    {"tiempo de carga", "load time"},
    {"tiempo total", "total time"},
    {"tokens por segundo", "tokens per second"},
    {"velocidad de generaci\xC3\xB3n", "generation speed"},
    {"primer token", "first token"},
    {"temps jusqu'au premier jeton", "time to first token"},
    {"temps au premier jeton", "time to first token"},
    {"temps de r\xC3\xA9ponse", "response time"},
    {"temps de chargement", "load time"},
    {"temps de g\xC3\xA9n\xC3\xA9ration", "generation time"},
    {"temps total", "total time"},
    {"temps (s)", "time (s)"},
    {"temps (ms)", "time (ms)"},
    {"jetons par seconde", "tokens per second"},
    {"tokens par seconde", "tokens per second"},
    {"vitesse de g\xC3\xA9n\xC3\xA9ration", "generation speed"},
    {"premier jeton", "first token"},
    {"premier token", "first token"},
    {"zeit bis zum ersten token", "time to first token"},
    {"erstes token", "first token"},
    {"tokens pro sekunde", "tokens per second"},
    {"tempo de resposta", "response time"},
    {"tempo at\xC3\xA9 o primeiro token", "time to first token"},
    {"primeiro token", "first token"},
    {"\xD0\xB2\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F \xD0\xB4\xD0\xBE \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB2"
     "\xD0\xBE\xD0\xB3\xD0\xBE \xD1\x82\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD\xD0\xB0",
     "time to first token"},  // время до первого токена
    {"\xD0\xB2\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB0",
     "response time"},  // время ответа
    {"\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD\xD0\xBE\xD0\xB2 \xD0\xB2 \xD1\x81\xD0\xB5\xD0\xBA"
     "\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83",
     "tokens per second"},  // токенов в секунду
    {"\xD0\xBF\xD1\x80\xD0\xBE\xD0\xBF\xD1\x83\xD1\x81\xD0\xBA\xD0\xBD\xD0\xB0\xD1\x8F \xD1\x81"
     "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBE\xD0\xB1\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C",
     "throughput"},  // пропускная способность
    {"tiempo medio de respuesta", "mean response time"},         // tiempo medio de respuesta
    {"tiempo promedio de respuesta", "mean response time"},      // tiempo promedio de respuesta
    {"tiempo m\xC3\xADnimo de respuesta", "min response time"},  // tiempo mínimo de respuesta
    {"tiempo m\xC3\xA1ximo de respuesta", "max response time"},  // tiempo máximo de respuesta
    {"temps moyen de r\xC3\xA9ponse", "mean response time"},     // temps moyen de réponse
    {"temps m\xC3\xA9"
     "dian de r\xC3\xA9ponse",
     "median response time"},                                 // temps médian de réponse
    {"temps de r\xC3\xA9ponse moyen", "mean response time"},  // temps de réponse moyen
    {"tempo m\xC3\xA9"
     "dio de resposta",
     "mean response time"},                          // tempo médio de resposta
    {"mittlere antwortzeit", "mean response time"},  // mittlere antwortzeit
    {"\xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB5 "
     "\xD0\xB2\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB0",
     "mean response time"},      // среднее время ответа
    {"por token", "per token"},  // por token
    {"par token", "per token"},  // par token
    {"par jeton", "per token"},  // par jeton
    {"pro token", "per token"},  // pro token
    {"\xD0\xBD\xD0\xB0 \xD1\x82\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD", "per token"},  // на токен
    {"\xD0\xB7\xD0\xB0 \xD1\x82\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD", "per token"},  // за токен
    {"solicitudes fallidas", "failed requests"},  // solicitudes fallidas
    {"peticiones fallidas", "failed requests"},   // peticiones fallidas
    {"fallidas", "failed"},                       // fallidas
    {"fallidos", "failed"},                       // fallidos
    {"errores", "errors"},                        // errores
    {"requ\xC3\xAAtes \xC3\xA9"
     "chou\xC3\xA9"
     "es",
     "failed requests"},  // requêtes échouées
    {"\xC3\xA9"
     "chou\xC3\xA9"
     "es",
     "failed"},  // échouées
    {"\xC3\xA9"
     "checs",
     "failures"},                                     // échecs
    {"erreurs", "errors"},                            // erreurs
    {"fehlgeschlagene anfragen", "failed requests"},  // fehlgeschlagene anfragen
    {"fehlgeschlagene", "failed"},                    // fehlgeschlagene
    {"fehlgeschlagen", "failed"},                     // fehlgeschlagen
    {"\xD0\xBD\xD0\xB5\xD1\x83\xD0\xB4\xD0\xB0\xD1\x87\xD0\xBD\xD1\x8B\xD1\x85 "
     "\xD0\xB7\xD0\xB0\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBE\xD0\xB2",
     "failed requests"},  // неудачных запросов
    {"\xD0\xBD\xD0\xB5\xD1\x83\xD0\xB4\xD0\xB0\xD1\x87\xD0\xBD\xD1\x8B\xD1\x85",
     "failed"},  // неудачных
    {"\xD0\xBD\xD0\xB5\xD1\x83\xD0\xB4\xD0\xB0\xD1\x87\xD0\xBD\xD1\x8B\xD0\xB5",
     "failed"},                                                      // неудачные
    {"\xD0\xBE\xD1\x88\xD0\xB8\xD0\xB1\xD0\xBE\xD0\xBA", "errors"},  // ошибок
    {"falhas", "failures"},                                          // falhas
    {"erros", "errors"},                                             // erros
    {"exitosas", "successful"},                                      // exitosas
    {"exitosos", "successful"},                                      // exitosos
    {"r\xC3\xA9ussies", "successful"},                               // réussies
    {"erfolgreiche", "successful"},                                  // erfolgreiche
    {"\xD1\x83\xD1\x81\xD0\xBF\xD0\xB5\xD1\x88\xD0\xBD\xD1\x8B\xD1\x85", "successful"},  // успешных
    {"tama\xC3\xB1o del contexto", "context size"},  // tamaño del contexto
    {"tama\xC3\xB1o de contexto", "context size"},   // tamaño de contexto
    {"tama\xC3\xB1o del modelo", "model size"},      // tamaño del modelo
    {"tama\xC3\xB1o de lote", "batch size"},         // tamaño de lote
    {"tama\xC3\xB1o del lote", "batch size"},        // tamaño del lote
    {"taille du contexte", "context size"},          // taille du contexte
    {"taille de contexte", "context size"},          // taille de contexte
    {"taille du mod\xC3\xA8le", "model size"},       // taille du modèle
    {"taille du lot", "batch size"},                 // taille du lot
    {"taille de lot", "batch size"},                 // taille de lot
    {"kontextgr\xC3\xB6\xC3\x9F"
     "e",
     "context size"},                           // kontextgröße
    {"kontextl\xC3\xA4nge", "context length"},  // kontextlänge
    {"modellgr\xC3\xB6\xC3\x9F"
     "e",
     "model size"},  // modellgröße
    {"batchgr\xC3\xB6\xC3\x9F"
     "e",
     "batch size"},  // batchgröße
    {"\xD1\x80\xD0\xB0\xD0\xB7\xD0\xBC\xD0\xB5\xD1\x80 "
     "\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82\xD0\xB0",
     "context size"},  // размер контекста
    {"\xD0\xB4\xD0\xBB\xD0\xB8\xD0\xBD\xD0\xB0 "
     "\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82\xD0\xB0",
     "context length"},  // длина контекста
    {"\xD1\x80\xD0\xB0\xD0\xB7\xD0\xBC\xD0\xB5\xD1\x80 "
     "\xD0\xBC\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB8",
     "model size"},  // размер модели
    {"\xD1\x80\xD0\xB0\xD0\xB7\xD0\xBC\xD0\xB5\xD1\x80 \xD0\xB1\xD0\xB0\xD1\x82\xD1\x87\xD0\xB0",
     "batch size"},  // размер батча
    {"\xD1\x80\xD0\xB0\xD0\xB7\xD0\xBC\xD0\xB5\xD1\x80 "
     "\xD0\xBF\xD0\xB0\xD0\xBA\xD0\xB5\xD1\x82\xD0\xB0",
     "batch size"},                           // размер пакета
    {"tamanho do contexto", "context size"},  // tamanho do contexto
    {"tamanho do modelo", "model size"},      // tamanho do modelo
    {"tamanho do lote", "batch size"},        // tamanho do lote
    {"contexto", "context"},                  // contexto
    {"m\xC3\xA9trica", "metric"},             // métrica (a table's corner)
    {"metrica", "metric"},
    {"m\xC3\xA9trique", "metric"},  // métrique
    {"metrik", "metric"},
    {"contexte", "context"},  // contexte
    {"kontext", "context"},   // kontext
    {"\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82\xD0\xB0",
     "context"},  // контекста
    {"\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82", "context"},  // контекст
    {"m\xC3\xADnima", "min"},                                                         // mínima
    {"m\xC3\xA1xima", "max"},                                                         // máxima
    {"media", "mean"},                                                                // media
    {"medio", "mean"},                                                                // medio
    {"minimale", "min"},                                                              // minimale
    {"maximale", "max"},                                                              // maximale
    {"moyen", "mean"},                                                                // moyen
    {"m\xC3\xA9"
     "dian",
     "median"},                                                            // médian
    {"mittlere", "mean"},                                                  // mittlere
    {"\xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBD\xD1\x8F\xD1\x8F", "mean"},  // средняя
    {"\xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB8\xD0\xB9", "mean"},  // средний
    {"\xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD0\xBC\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB0\xD1\x8F",
     "min"},  // минимальная
    {"\xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD0\xBC\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xBE\xD0\xB5",
     "min"},  // минимальное
    {"\xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD0\xBC\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B\xD0\xB9",
     "min"},  // минимальный
    {"\xD0\xBC\xD0\xB0\xD0\xBA\xD1\x81\xD0\xB8\xD0\xBC\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB0\xD1"
     "\x8F",
     "max"},  // максимальная
    {"\xD0\xBC\xD0\xB0\xD0\xBA\xD1\x81\xD0\xB8\xD0\xBC\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xBE\xD0"
     "\xB5",
     "max"},  // максимальное
    {"\xD0\xBC\xD0\xB0\xD0\xBA\xD1\x81\xD0\xB8\xD0\xBC\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B\xD0"
     "\xB9",
     "max"},  // максимальный
    {"\xD0\xBC\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xB0\xD0\xBD\xD0\xBD\xD0\xB0\xD1\x8F",
     "median"},  // медианная
    {"\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD\xD0\xBE\xD0\xB2/\xD1\x81", "tokens/s"},  // токенов/с
    {"\xD1\x82\xD0\xBE\xD0\xBA/\xD1\x81", "tok/s"},                                     // ток/с
    {"\xD1\x82/\xD1\x81", "t/s"},                                                       // т/с
    {"(\xD0\xBC\xD1\x81)", "(ms)"},                                                     // (мс)
    {"\xD0\xBC\xD1\x81", "ms"},                                                         // мс
    {"(\xD1\x81)", "(s)"},                                                              // (с)
    {"\xD1\x81\xD0\xB5\xD0\xBA", "s"},                                                  // сек
    {"\xD0\xBC\xD0\xB8\xD0\xBD", "min"},                                                // мин
    {"\xD0\xB3\xD0\xB1", "GB"},                                                         // гб
    {"\xD0\xBC\xD0\xB1", "MB"},                                                         // мб
    // words
    {"velocidad", "speed"},
    {"tiempo", "time"},
    {"respuesta", "response"},
    {"memoria", "memory"},
    {"latencia", "latency"},
    {"rendimiento", "throughput"},
    {"generaci\xC3\xB3n", "generation"},
    {"solicitudes", "requests"},
    {"peticiones", "requests"},
    {"promedio", "mean"},
    {"mediana", "median"},
    {"\xC5\x9Br", "mean"},       // śr (Polish: średnia)
    {"\xC5\x9Brednia", "mean"},  // średnia
    {"\xC5\x9Bredni", "mean"},   // średni
    {"m\xC3\xADnimo", "min"},
    {"m\xC3\xA1ximo", "max"},
    {"concurrencia", "concurrency"},
    {"concurrence", "concurrency"},
    {"parallelit\xC3\xA4t", "concurrency"},
    {"\xD0\xBF\xD0\xB0\xD1\x80\xD0\xB0\xD0\xBB\xD0\xBB\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xBE\xD1"
     "\x81\xD1\x82\xD1\x8C",
     "concurrency"},  // параллельность
    {"vitesse", "speed"},
    {"m\xC3\xA9moire", "memory"},
    {"latence", "latency"},
    {"d\xC3\xA9"
     "bit",
     "throughput"},
    {"g\xC3\xA9n\xC3\xA9ration", "generation"},
    {"requ\xC3\xAAtes", "requests"},
    {"moyenne", "mean"},
    {"m\xC3\xA9"
     "diane",
     "median"},
    {"r\xC3\xA9ponse", "response"},
    {"geschwindigkeit", "speed"},
    {"antwortzeit", "response time"},
    {"ladezeit", "load time"},
    {"gesamtzeit", "total time"},
    {"durchsatz", "throughput"},
    {"speicherverbrauch", "memory usage"},
    {"speicher", "memory"},
    {"latenz", "latency"},
    {"generierung", "generation"},
    {"anfragen", "requests"},
    {"durchschnitt", "mean"},
    {"mittelwert", "mean"},
    {"velocidade", "speed"},
    {"resposta", "response"},
    {"mem\xC3\xB3ria", "memory"},
    {"lat\xC3\xAAncia", "latency"},
    {"gera\xC3\xA7\xC3\xA3o", "generation"},
    {"vaz\xC3\xA3o", "throughput"},
    {"m\xC3\xA9"
     "dia",
     "mean"},
    {"\xD1\x81\xD0\xBA\xD0\xBE\xD1\x80\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C", "speed"},  // скорость
    {"\xD0\xB2\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F", "time"},                           // время
    {"\xD0\xBF\xD0\xB0\xD0\xBC\xD1\x8F\xD1\x82\xD1\x8C", "memory"},                 // память
    {"\xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xBA\xD0\xB0", "latency"},  // задержка
    {"\xD0\xB3\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8",
     "generation"},  // генерации
    {"\xD0\xB3\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F",
     "generation"},                                                          // генерация
    {"\xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB5", "mean"},    // среднее
    {"\xD0\xBC\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xB0\xD0\xBD\xD0\xB0", "median"},  // медиана
    {"\xD0\xB7\xD0\xB0\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBE\xD0\xB2", "requests"},  // запросов
    {"\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB5\xD0\xBD\xD0\xBE\xD0\xB2", "tokens"},  // токенов
};

// Lower case of ASCII, Latin-1's accented capitals and Cyrillic capitals (UTF-8).
std::string folded(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto& c = out[i];
    const auto b = static_cast<unsigned char>(c);
    if (b >= 'A' && b <= 'Z') {
      c = static_cast<char>(b + 32);
    } else if (i + 1 < out.size()) {
      const auto n = static_cast<unsigned char>(out[i + 1]);
      if (b == 0xC3 && n >= 0x80 && n <= 0x9E && n != 0x97) {  // À..Þ (not ×)
        out[i + 1] = static_cast<char>(n + 0x20);
        ++i;
      } else if (b == 0xC5 && n == 0x9A) {  // Ś (Polish "Średnia")
        out[i + 1] = static_cast<char>(0x9B);
        ++i;
      } else if (b == 0xD0 && n >= 0x90 && n <= 0x9F) {  // А..П
        out[i + 1] = static_cast<char>(n + 0x20);
        ++i;
      } else if (b == 0xD0 && n >= 0xA0 && n <= 0xAF) {  // Р..Я
        c = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(n - 0x20);
        ++i;
      }
    }
  }
  return out;
}

// Letters of a word: ASCII letters and any byte of a multi-byte character.
bool word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || std::isalpha(b) != 0;
}

// A cheap look first (this runs for every name read in English): a byte of an accented or
// Cyrillic letter, or an ASCII word that starts a term of the glossary.
bool may_be_european(std::string_view name) {
  static constexpr std::string_view kCues[] = {
      "velocidad",   "tiempo",          "respuesta",      "memoria",
      "latencia",    "rendimiento",     "solicitudes",    "peticiones",
      "promedio",    "mediana",         "concurrencia",   "vitesse",
      "taille",      "latence",         "moyenne",        "temps",
      "jetons",      "geschwindigkeit", "antwortzeit",    "ladezeit",
      "gesamtzeit",  "durchsatz",       "speicher",       "speicherverbrauch",
      "latenz",      "generierung",     "anfragen",       "durchschnitt",
      "mittelwert",  "velocidade",      "tamanho",        "resposta",
      "tempo",       "premier",         "primer",         "primeiro",
      "zeit",        "erstes",          "segundo",        "seconde",
      "sekunde",     "fallidas",        "fallidos",       "errores",
      "erreurs",     "fehlgeschlagene", "fehlgeschlagen", "falhas",
      "erros",       "exitosas",        "exitosos",       "erfolgreiche",
      "contexto",    "contexte",        "kontext",        "mittlere",
      "minimale",    "maximale",        "moyen",          "medio",
      "concurrence", "metrica",         "metrik",         "tasa"};
  // The cues of each length, looked up by a word's (a word is compared with few of them).
  static const auto kByLength = [] {
    std::array<std::vector<std::string_view>, 18> by{};
    for (const auto c : kCues) by[c.size()].push_back(c);
    return by;
  }();
  std::array<char, 18> word{};
  std::size_t n = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    const auto b = i < name.size() ? static_cast<unsigned char>(name[i]) : 0;
    if (b >= 0xC3 && b <= 0xD1) return true;
    const auto low = static_cast<unsigned char>(b | 0x20);
    if (low >= 'a' && low <= 'z') {
      if (n < word.size()) word[n] = static_cast<char>(low);
      ++n;
      continue;
    }
    if (n >= 4 && n < word.size()) {
      const std::string_view w(word.data(), n);
      for (const auto c : kByLength[n])
        if (c == w) return true;
    }
    n = 0;
  }
  return false;
}

const std::vector<Term>& european() {
  static const std::vector<Term> terms = longest_first(kEuropean);
  return terms;
}

}  // namespace

std::string european_gloss(std::string_view name) {
  if (!may_be_european(name)) return {};
  const std::string low = folded(name);
  // "Tamaño", "Размер (GB)": a size named alone is the model's ("Размер контекста" is the
  // context's, a phrase of the glossary).
  {
    std::size_t end = low.find('(');
    if (end == std::string::npos) end = low.size();
    std::string_view bare = std::string_view(low).substr(0, end);
    while (!bare.empty() && bare.back() == ' ') bare.remove_suffix(1);
    while (!bare.empty() && bare.front() == ' ') bare.remove_prefix(1);
    for (const std::string_view size :
         {"tama\xC3\xB1o", "taille",
          "gr\xC3\xB6\xC3\237e",  // größe (the ß's last byte in octal: "\x9Fe" would be one)
          "tamanho", "\xD1\x80\xD0\xB0\xD0\xB7\xD0\xBC\xD0\xB5\xD1\x80"})  // размер
      if (bare == size) return "size" + std::string(name.substr(std::min(end, name.size())));
  }
  std::string out;
  bool any = false;
  std::size_t i = 0;
  while (i < low.size()) {
    const bool start = i == 0 || !word_byte(low[i - 1]);
    const std::string_view rest = std::string_view(low).substr(i);
    const Term* hit = nullptr;
    if (start && word_byte(low[i])) {
      for (const Term& t : european()) {
        if (!rest.starts_with(t.cjk)) continue;
        // (A whole word or phrase: "tiempo", not "tiempos"; a phrase ending in ")" ends there.)
        const std::size_t end = t.cjk.size();
        if (t.cjk.back() != ')' && end < rest.size() && word_byte(rest[end])) continue;
        hit = &t;
        break;
      }
    }
    if (hit) {
      out += hit->english;
      i += hit->cjk.size();
      any = true;
    } else {
      out += name[i];  // (as written: only the glossary's words change)
      ++i;
    }
  }
  return any ? out : std::string();
}

std::string in_english(std::string_view name) {
  return has_cjk(name) ? gloss(name) : std::string(name);
}

}  // namespace chimera::metrics
