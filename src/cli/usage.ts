// The help texts.

export const MAIN_USAGE = `khabar — Arabic news analysis

Usage:
  khabar analyze [files…] [options]       analyze documents: one output record per input record
  khabar corpus <files…> [options]        analyze a corpus and print a summary
  khabar eval ner|quotes --gold <file>    score khabar against gold annotations
  khabar queue <verb> [options]           distributed runs on Redis (submit, worker, collect, status)
  khabar --help | --version

Run "khabar <command> --help" for the options of a command.
Exit status: 0 when every record succeeded, 1 when some failed, 2 for a usage error, 130 when interrupted.
`;

const INPUT_OPTIONS = `  --input auto|text|jsonl|json   how files are read (default auto: *.jsonl and *.ndjson are JSONL,
                                 *.json a JSON array of records, anything else one text document;
                                 stdin is text unless told)
  --field NAME                   the text field of JSON records (default "text", else "content")
  --workers N                    worker threads (default 1: this thread)
  --max-input-length N           refuse documents longer than N characters (default 52428800)
  --lexicon FILE                 also load this lexicon (JSONL, see lexicons/SCHEMA.md); repeatable
  --no-tagger                    lexicons and rules only, without the NER model (faster, fewer names)
  --quiet                        no progress bar and no per-record messages on stderr`;

export const ANALYZE_USAGE = `Usage: khabar analyze [files…] [options]

Analyzes each document and writes one record per input record, in input order. No file, or "-",
reads stdin. A record that cannot be analyzed gives {"id", "error": {"code", "message"}} and the run goes on.

Options:
${INPUT_OPTIONS}
  --format jsonl|json|pretty|html|conll
                                 jsonl (default): {"id","analysis"} a line; json: one array;
                                 pretty: for reading in a terminal; html: one self-contained page;
                                 conll: "token TAG" a line (BIO: PERS, LOC, ORG, MISC)
  --no-tokens, --no-sentences    leave these layers out of jsonl/json records
  --shape                        pretty: shape and reorder Arabic for terminals that do neither
  --title TEXT                   html: the page title
  --exit-zero                    exit 0 even when records failed (their error records are written):
                                 for Hadoop Streaming and Spark, where a non-zero status fails the task
  -h, --help
`;

export const CORPUS_USAGE = `Usage: khabar corpus <files…> [options]

Analyzes a whole corpus (text files, JSONL, JSON arrays such as SaudiNewsNet's) and prints a summary:
documents, tokens, MB/s, entities by type, the most frequent entities and speakers, quote counts.

Options:
${INPUT_OPTIONS}
  --json                         the summary as JSON
  -h, --help
`;

export const EVAL_USAGE = `Usage: khabar eval ner|quotes --gold <file> [--texts PATH]… [--errors N] [--json]

  ner      precision, recall and F1 per class (PERS, LOC, ORG): on CoNLL gold ("token TAG" lines), an
           entity counts when it covers exactly the gold's tokens; on gold JSONL with offsets
           (../shared/gold/*.jsonl, "entities": [{start, end, type}]), when it overlaps a gold name of its
           class (the held-out evaluations' matching)
  quotes   quote precision, recall, F1 and speaker accuracy on gold JSONL: with the text on each line
           (corpus/gold/quotes.jsonl), or with offsets into texts kept elsewhere (../shared/gold/*.jsonl:
           "file"+"index" into a SaudiNewsNet JSON array, or "id" into a {docs:[{id,text}]} file)

Options:
  --gold FILE     the gold annotations
  --texts PATH    where the texts of offsets gold are: a JSON file or a directory (repeatable; also
                  searched: the gold's directory and ../corpora/*/ from it)
  --errors N      also list N errors
  --json          the report as JSON
  -h, --help
`;

export const QUEUE_USAGE = `Usage: khabar queue <verb> [options]

Corpus runs spread over processes and machines, on Redis with BullMQ (npm install bullmq).

  khabar queue submit <files…>   queue one job per document (the inputs of "khabar analyze")
  khabar queue worker            analyze jobs until stopped (run one per core, on any machine)
  khabar queue collect           write every result once, in submission order, as JSONL
  khabar queue status            counts: submitted, waiting, active, failed, results stored

Options of every verb:
  --redis URL             redis://host:port (default $KHABAR_REDIS, else redis://127.0.0.1:6379)
  --queue NAME            the queue (default $KHABAR_QUEUE, else "khabar")
  --quiet                 no messages on stderr
submit:
  --input, --field, --max-input-length   as for "khabar analyze" (ids default to file:line)
  --batch N               jobs added per round trip (default 500)
  --attempts N            tries per document before it fails (default 3; input errors: 1)
  --reference             queue the paths of text files, not their text (workers must see them)
worker:
  --concurrency N         jobs held at once (default 8: Redis round trips overlap analysis;
                          one analyzer per process, so run one worker process per core)
  --lock-duration MS      a dead worker's jobs go to another after about this long (default 30000)
  --stalled-interval MS   how often to look for them (default 30000)
  --no-tokens, --no-sentences, --max-input-length   as for "khabar analyze"
  --exit-when-done        stop once no job is waiting or running
collect:
  --wait                  first wait until no job is waiting or running
status:
  --json
`;
