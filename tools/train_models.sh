#!/bin/sh
# train_models.sh — rebuilds every shipped tagger model (and the held-out "tune" copies the
# quality tests score) with fixed seeds: the same data gives the same bytes.
#   tools/train_models.sh [BUILD_DIR] [DATA_DIR]     (defaults: build, ../shared/data)
#   or: ninja -C build train
# Models: resources/{en,de}/{pos,ner}.model, resources/en/ner-open.model,
# tests/quality/models/{de-pos,de-ner}-tune.model. Model cards: docs/MODELS.md.
# The German models also need two Debian dictionaries at training time (never at run time):
# hunspell-de-de and dict-freedict-deu-eng (apt-get install hunspell-de-de dict-freedict-deu-eng).
set -eu
B=$(cd "${1:-build}" && pwd)
D=$(cd "${2:-${CHRONIK_SHARED_DATA:-../shared/data}}" && pwd)
cd "$(dirname "$0")/.."
HUNSPELL=${CHRONIK_HUNSPELL_DE:-/usr/share/hunspell/de_DE}
FREEDICT=${CHRONIK_FREEDICT_DEU_ENG:-/usr/share/dictd/freedict-deu-eng}
for f in "$HUNSPELL.dic" "$HUNSPELL.aff" "$FREEDICT.index" "$FREEDICT.dict.dz"; do
    if [ ! -r "$f" ]; then
        echo "train_models.sh: $f is missing: the German models need the Debian packages" \
             "hunspell-de-de and dict-freedict-deu-eng at training time (docs/MODELS.md)" >&2
        exit 1
    fi
done
T="$B/tools/train_tagger"
Q=tests/quality/models
mkdir -p resources/en resources/de "$Q"
GAZ="--gazetteers $D/gazetteers-de"
GE=germeval:$D/germeval2014/NER-de-dev.tsv
GSD=conllu:$D/ud-german-gsd/de_gsd-ud-dev.conllu
EWT=conllu:$D/ud-english-ewt/en_ewt-ud-train.conllu
UNER=uner:$D/uner-english-ewt/en_ewt-ud-dev.iob2
# other domains for the German NER model (--source: feature augmentation, tools/train_tagger.c):
# historical newspapers and court decisions teach names without pulling the model toward
# their conventions (LER as plain training data lowered GermEval F1; as a source it raises it)
SRC="--source europeana:$D/europeana-ner-de/enp_DE.lft.bio --source europeana:$D/europeana-ner-de/enp_DE.onb.bio
     --source ler:$D/ler-de/ler_train.reconstructed.conll"
# German word classes from the dictionaries (lexicon bits in the model, no text)
DICT="--hunspell $HUNSPELL --freedict $FREEDICT"
# unlabeled German text for the word clusters (never a part we report on)
DE_TEXT="--unlabeled ler:$D/ler-de/ler_train.reconstructed.conll
         --unlabeled europeana:$D/europeana-ner-de/enp_DE.lft.bio
         --unlabeled europeana:$D/europeana-ner-de/enp_DE.onb.bio
         --unlabeled europeana:$D/europeana-ner-de/enp_DE.sbb.bio"

# Every shipped NER model is the mean of five trainings with seeds 1-5 (--runs 5: one
# training's figures move by up to a point with the seed, the mean of five is steadier and about
# as much better), with weights below 1 % of the largest left out (--prune 0.01: the averaged
# models would otherwise keep many tiny weights; smaller, as accurate). The POS models stay
# single trainings: averaged ones scored higher on the dev sets, but the NER models built on
# their tags lost names in our own test texts (docs/QUALITY.md "Tagger", "Averaged runs").
BAG="--runs 5 --prune 0.01"

# English POS: UD EWT train (CC BY-SA 4.0)
$T --kind pos --lang en --out resources/en/pos.model --epochs 12 --min-count 1 \
   --features clusters --train $EWT

# English NER: CoNLL-2003 train (research only) + the tune part of UNER EWT dev, then
# self-training on web text: a first model tags EWT train (the same web genres as UNER, not its
# sentences; any dev sentence is excluded) and its spans are kept where they agree with the gold
# PROPN tags (tools/silver.c; sentences with an ORG span are left out, the first model gets
# too many of them wrong); the final model adds those sentences and a copy of CoNLL train
# with every third sentence lower-cased (web text writes names in lower case)
EN_NER="--kind ner --lang en --epochs 10 --min-count 1 --features gaz,pos,clusters --clusters 512
        --vocab 40000 $GAZ --pos-model resources/en/pos.model --unlabeled $EWT"
$T $EN_NER --out "$B/en-ner-base.model" --train conll03:$D/conll2003-en/eng.train --train $UNER@tune
"$B/tools/silver_ner" --pos-model resources/en/pos.model --ner-model "$B/en-ner-base.model" \
   --data $EWT --exclude $UNER --fix --skip-types ORG --out "$B/en-ner-silver.conll"
$T $EN_NER --out resources/en/ner.model $BAG --train conll03:$D/conll2003-en/eng.train --train $UNER@tune \
   --train "conll03:$B/en-ner-silver.conll" --aux conll03:$D/conll2003-en/eng.train%lower3

# English NER without CoNLL-2003: UNER tune part only (openly licensed)
$T --kind ner --lang en --out resources/en/ner-open.model --epochs 10 --min-count 1 $BAG \
   --features gaz,pos,clusters --clusters 512 --vocab 40000 $GAZ --pos-model resources/en/pos.model \
   --train $UNER@tune --unlabeled $EWT

# German POS: GSD dev is all there is; the tune part for the figures, all of it to ship
$T --kind pos --lang de --out $Q/de-pos-tune.model --epochs 12 --min-count 1 \
   --features german,clusters,gaz,dict $GAZ $DICT --train $GSD@tune --unlabeled $GE@tune $DE_TEXT
$T --kind pos --lang de --out resources/de/pos.model --epochs 12 --min-count 1 \
   --features german,clusters,gaz,dict $GAZ $DICT --train $GSD --unlabeled $GE $DE_TEXT

# German NER: GermEval dev (x5: in-domain data outweighs the larger historical set) +
# Europeana and LER as other domains; again the tune copy for the figures and the whole for shipping.
$T --kind ner --lang de --out $Q/de-ner-tune.model --epochs 8 --min-count 1 $BAG \
   --features gaz,pos,german,clusters,dict $GAZ $DICT --pos-model $Q/de-pos-tune.model \
   --train $GE@tune --train $GE@tune --train $GE@tune --train $GE@tune --train $GE@tune \
   $SRC $DE_TEXT
$T --kind ner --lang de --out resources/de/ner.model --epochs 8 --min-count 1 $BAG \
   --features gaz,pos,german,clusters,dict $GAZ $DICT --pos-model resources/de/pos.model \
   --train $GE --train $GE --train $GE --train $GE --train $GE $SRC $DE_TEXT
