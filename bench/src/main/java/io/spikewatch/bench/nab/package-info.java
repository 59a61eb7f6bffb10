/**
 * A Java harness for the Numenta Anomaly Benchmark (NAB) v1.1: the corpus, a port of its scorer
 * (sweeper, threshold optimiser, normalisation to 0..100 against the null and the perfect
 * detector), NAB-format result files, and a runner for our own detectors.
 *
 * <p>The scoring algorithm is NAB's, published in A. Lavin and S. Ahmad, "Evaluating Real-time
 * Anomaly Detection Algorithms -- the Numenta Anomaly Benchmark", IEEE ICMLA 2015
 * (arXiv:1510.03336), and S. Ahmad, A. Lavin, S. Purdy and Z. Agha, "Unsupervised real-time
 * anomaly detection for streaming data", Neurocomputing 262 (2017); its reference implementation is
 * github.com/numenta/NAB ({@code nab/sweeper.py}, {@code nab/optimizer.py}, {@code nab/scorer.py},
 * {@code nab/runner.py}). This package is our own implementation of that published algorithm; the
 * reference was read to match its behaviour, including its edge cases, and each class says which
 * part of it it follows.
 *
 * <p>Entry points: {@link io.spikewatch.bench.nab.NabCorpus#load}, {@link
 * io.spikewatch.bench.nab.NabScorer}, {@link io.spikewatch.bench.nab.NabRun#run} (the seam for our
 * detector, through {@link io.spikewatch.bench.nab.SeriesDetector}) and {@link
 * io.spikewatch.bench.nab.NabCommand} (the {@code nab} subcommand of {@code BenchMain}).
 */
package io.spikewatch.bench.nab;
