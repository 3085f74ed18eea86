#!/bin/sh
# eval_models.sh — the tagger figures of docs/QUALITY.md: every shipped model on its
# development data (held-out parts only).   tools/eval_models.sh [BUILD_DIR] [DATA_DIR]
set -u
B=${1:-build}
D=${2:-${CHRONIK_SHARED_DATA:-../shared/data}}
E="$B/tools/eval_ner"
Q=tests/quality/models
echo "== en POS, UD EWT dev";            $E --model resources/en/pos.model --data conllu:$D/ud-english-ewt/en_ewt-ud-dev.conllu
echo "== en NER, CoNLL-2003 testa";      $E --model resources/en/ner.model --pos-model resources/en/pos.model --data conll03:$D/conll2003-en/eng.testa
echo "== en NER, UNER EWT dev, report part (PER/ORG/LOC)"
$E --model resources/en/ner.model --pos-model resources/en/pos.model --data uner:$D/uner-english-ewt/en_ewt-ud-dev.iob2@report --types PER,ORG,LOC
echo "== en NER, UNER EWT dev, whole (PER/ORG/LOC; the tune part was trained on)"
$E --model resources/en/ner.model --pos-model resources/en/pos.model --data uner:$D/uner-english-ewt/en_ewt-ud-dev.iob2 --types PER,ORG,LOC
echo "== en NER-open (no CoNLL), UNER report part";  $E --model resources/en/ner-open.model --pos-model resources/en/pos.model --data uner:$D/uner-english-ewt/en_ewt-ud-dev.iob2@report --types PER,ORG,LOC
echo "== en NER-open (no CoNLL), CoNLL-2003 testa (PER/ORG/LOC: UNER has no MISC)";  $E --model resources/en/ner-open.model --pos-model resources/en/pos.model --data conll03:$D/conll2003-en/eng.testa --types PER,ORG,LOC
echo "== en NER, CoNLL-2003 testa, PER/ORG/LOC only (to compare)"; $E --model resources/en/ner.model --pos-model resources/en/pos.model --data conll03:$D/conll2003-en/eng.testa --types PER,ORG,LOC
echo "== de POS, GSD dev report part (tune-trained copy)"; $E --model $Q/de-pos-tune.model --data conllu:$D/ud-german-gsd/de_gsd-ud-dev.conllu@report
echo "== de NER, GermEval dev report part, outer PER/ORG/LOC (tune-trained copy)"
$E --model $Q/de-ner-tune.model --pos-model $Q/de-pos-tune.model --data germeval:$D/germeval2014/NER-de-dev.tsv@report --types PER,ORG,LOC
echo "== de NER, LER dev (legal, not trained on; PER/ORG/LOC)"
$E --model resources/de/ner.model --pos-model resources/de/pos.model --data ler:$D/ler-de/ler_dev.conll --types PER,ORG,LOC
