#!/usr/bin/env python3
"""Precis on Spark: an IDF model fitted map/reduce style, and `precis batch` as an RDD.pipe() stage.

    precis_spark.py --precis /path/to/precis --input corpus.jsonl[.gz] --out DIR [--master local[2]]

(a) IDF, map/reduce: each partition writes its shard of lines to a local .jsonl file, runs
    `precis idf fit --partial` on it and hands the shard model's bytes back; the driver writes
    the shards and runs `precis idf merge` over them -> DIR/idf/merged.idf.
(b) Batch: the corpus lines go through `precis batch --jobs 1` with RDD.pipe() (one JSON line
    in, one JSON line out, in order), and the results are saved with saveAsTextFile
    -> DIR/batch/part-*; concatenated in part order they follow the input order.

Every figure (partitions, records, seconds) is printed on standard output as `key<TAB>value`.
On a cluster, ship precis with --archives and give its path relative to the executors' working
directory (see README.md).
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

from pyspark import SparkConf, SparkContext


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--precis", required=True,
                        help="the precis executable the executors run: a path valid on every executor "
                             "(relative to their working directory when shipped with --archives)")
    parser.add_argument("--driver-precis", help="the precis the driver runs for idf merge (default: --precis)")
    parser.add_argument("--input", required=True, help="JSON Lines corpus (.jsonl or .jsonl.gz)")
    parser.add_argument("--out", required=True, help="driver-side output folder (created; must not hold idf/ or batch/)")
    parser.add_argument("--batch-out", help="where saveAsTextFile writes the batch results: any URI Spark "
                                            "writes to (default: OUT/batch)")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, else local[2])")
    parser.add_argument("--partitions", type=int, default=0, help="partitions (default: the default parallelism)")
    parser.add_argument("--language", default="fr", help="corpus language for the IDF model (fr, en)")
    parser.add_argument("--batch-args", default="", help="extra arguments for precis batch, e.g. '--sentences 1'")
    parser.add_argument("--skip-idf", action="store_true")
    parser.add_argument("--skip-batch", action="store_true")
    return parser.parse_args()


def corpus_lines(sc, path, partitions):
    """The corpus as an RDD of lines in `partitions` ordered partitions.

    A plain file is split by Spark itself. A .gz file cannot be split, so it arrives as one
    partition: its lines are numbered and cut into `partitions` ranges of equal size by number
    (repartitionAndSortWithinPartitions), which keeps the input order across the part files.
    """
    lines = sc.textFile(path, minPartitions=partitions)
    if lines.getNumPartitions() >= partitions:
        return lines
    total = lines.count()
    return (lines.zipWithIndex()
            .map(lambda pair: (pair[1], pair[0]))
            .repartitionAndSortWithinPartitions(partitions, partitionFunc=lambda k: k * partitions // total)
            .values())


def fit_shard(precis, language):
    """The map side of the IDF fit: one partition's lines -> one partial model's bytes."""
    def run(index, lines):
        with tempfile.TemporaryDirectory(prefix="precis-idf-") as folder:
            shard = os.path.join(folder, "shard.jsonl")
            count = 0
            with open(shard, "w", encoding="utf-8") as out:
                for line in lines:
                    out.write(line)
                    out.write("\n")
                    count += 1
            model = os.path.join(folder, "shard.idf")
            done = subprocess.run([precis, "idf", "fit", "--partial", "--jobs", "1", "-l", language, "-o", model, shard],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"precis idf fit failed on partition {index} (exit {done.returncode}): {done.stderr.strip()}")
            with open(model, "rb") as handle:
                yield index, count, handle.read()
    return run


def main():
    args = parse_arguments()
    # A path that exists here (local mode, or precis installed at the same path everywhere) is
    # made absolute; any other is left for the executors to resolve (a shipped archive).
    precis = os.path.abspath(args.precis) if os.path.exists(args.precis) else args.precis
    driver_precis = os.path.abspath(args.driver_precis or args.precis)
    conf = SparkConf().setAppName("precis").set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf.setMaster(args.master)
    else:
        conf.setIfMissing("spark.master", "local[2]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    partitions = args.partitions or sc.defaultParallelism
    os.makedirs(args.out, exist_ok=True)

    def report(key, value):
        print(f"{key}\t{value}", flush=True)

    report("master", sc.master)
    report("partitions", partitions)
    lines = corpus_lines(sc, args.input, partitions).cache()
    start = time.monotonic()
    report("input_lines", lines.count())
    report("read_seconds", f"{time.monotonic() - start:.1f}")

    if not args.skip_idf:
        # Map: one partial model per partition. Reduce: precis idf merge on the driver.
        start = time.monotonic()
        shards = lines.mapPartitionsWithIndex(fit_shard(precis, args.language)).collect()
        folder = os.path.join(args.out, "idf")
        os.makedirs(folder)
        paths = []
        for index, count, payload in sorted(shards):
            path = os.path.join(folder, f"shard-{index:05d}.idf")
            with open(path, "wb") as handle:
                handle.write(payload)
            paths.append(path)
            report(f"idf_shard_{index}_documents", count)
        merged = os.path.join(folder, "merged.idf")
        subprocess.run([driver_precis, "idf", "merge", *paths, "-o", merged], check=True)
        report("idf_seconds", f"{time.monotonic() - start:.1f}")
        report("idf_model", merged)

    if not args.skip_batch:
        # One precis process per partition, one thread each: Spark supplies the parallelism.
        command = f"{shlex.quote(precis)} batch --jobs 1 {args.batch_args}".strip()
        start = time.monotonic()
        output = args.batch_out or os.path.join(args.out, "batch")
        lines.pipe(command, checkCode=False).saveAsTextFile(output)
        report("batch_seconds", f"{time.monotonic() - start:.1f}")
        report("batch_output", output)
        written = sc.textFile(output)
        report("output_lines", written.count())
        report("error_lines", written.filter(lambda line: "error" in json.loads(line)).count())
    sc.stop()


if __name__ == "__main__":
    sys.exit(main())
