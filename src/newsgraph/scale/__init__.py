"""Scale-out on Dask: partitions of articles analysed on workers, Parquet shards merged into
the store (see docs/scale.md)."""

from .runner import DaskSpec, ingest_dask, parse_dask

__all__ = ["DaskSpec", "ingest_dask", "parse_dask"]
