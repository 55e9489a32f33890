import type { Grain } from '../model/metrics';
import type { MetricRecord } from './mapping';

/**
 * The metric records of a file in columns, as the builder collects them: the
 * text fields of each row (target key, period, segment) as one index into a
 * table of the file's distinct combinations, the rest in typed arrays. Six
 * million records take ~110 MB instead of gigabytes of objects, and the
 * buffers cross from the import worker to main without copying.
 */
export interface PackedMetrics {
  kind: 'metrics';
  length: number;
  /** Distinct target keys, metrics, periods (with grain) and segments of the file. */
  keys: string[];
  metrics: string[];
  periods: { period: string | null; grain: Grain | null }[];
  segments: string[];
  /** Per combination of the file: its key, period and segment (indexes into the tables above). */
  cellKey: Uint32Array;
  cellPeriod: Uint32Array;
  cellSegment: Uint32Array;
  /** Per record: its combination, metric, value and 1-based row. */
  cell: Uint32Array;
  metric: Uint16Array;
  value: Float64Array;
  row: Uint32Array;
}

/** Records an import can hold (each column's buffer reserves room for this many, committing memory only as it fills). */
const MAX_RECORDS = 1 << 27;
const FIRST_CAPACITY = 1 << 16;

type ResizableBuffer = ArrayBuffer & { resize(byteLength: number): void; readonly resizable: boolean };
const canResize = typeof (ArrayBuffer.prototype as Partial<ResizableBuffer>).resize === 'function';

/** A buffer that grows in place when the runtime can (no copy, no second buffer while growing). */
function growableBuffer(byteLength: number, maxByteLength: number): ArrayBuffer {
  if (canResize) return new (ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer)(byteLength, { maxByteLength });
  return new ArrayBuffer(byteLength);
}

/**
 * Append-only record columns. They double as they fill; where ArrayBuffers are
 * resizable (Node 20+) they grow in place, so a big file never holds two
 * copies of its records, and the final columns are views of the same memory.
 */
export class RecordColumns {
  length = 0;
  private capacity = 0;
  cell = new Uint32Array(0);
  metric = new Uint16Array(0);
  value = new Float64Array(0);
  row = new Uint32Array(0);

  push(cell: number, metric: number, value: number, row: number): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.cell[i] = cell;
    this.metric[i] = metric;
    this.value[i] = value;
    this.row[i] = row;
  }

  private grow(): void {
    const capacity = this.capacity === 0 ? FIRST_CAPACITY : this.capacity * 2;
    if (capacity > MAX_RECORDS) throw new Error(`the file has more than ${MAX_RECORDS.toLocaleString('en-US')} values, more than an import can hold`);
    this.cell = this.resized(this.cell, capacity, (b) => new Uint32Array(b));
    this.metric = this.resized(this.metric, capacity, (b) => new Uint16Array(b));
    this.value = this.resized(this.value, capacity, (b) => new Float64Array(b));
    this.row = this.resized(this.row, capacity, (b) => new Uint32Array(b));
    this.capacity = capacity;
  }

  private resized<T extends Uint32Array | Uint16Array | Float64Array>(array: T, capacity: number, view: (buffer: ArrayBuffer) => T): T {
    const bytes = array.BYTES_PER_ELEMENT;
    const buffer = array.buffer as ResizableBuffer;
    if (canResize && buffer.resizable) {
      buffer.resize(capacity * bytes);
      return array;
    }
    const next = view(growableBuffer(capacity * bytes, MAX_RECORDS * bytes));
    next.set(array as never);
    return next;
  }

  /** The columns at their exact length (their buffers shrunk to fit where they can be). */
  join(): Pick<PackedMetrics, 'cell' | 'metric' | 'value' | 'row'> {
    const n = this.length;
    const fit = <T extends Uint32Array | Uint16Array | Float64Array>(array: T, view: (buffer: ArrayBuffer, length: number) => T): T => {
      const buffer = array.buffer as ResizableBuffer;
      if (canResize && buffer.resizable) {
        buffer.resize(n * array.BYTES_PER_ELEMENT);
        return view(buffer, n);
      }
      return array.subarray(0, n) as T;
    };
    return {
      cell: fit(this.cell, (b, length) => new Uint32Array(b, 0, length)),
      metric: fit(this.metric, (b, length) => new Uint16Array(b, 0, length)),
      value: fit(this.value, (b, length) => new Float64Array(b, 0, length)),
      row: fit(this.row, (b, length) => new Uint32Array(b, 0, length)),
    };
  }
}

/** Index of each distinct string, in first-seen order. */
export function stringTable() {
  const index = new Map<string, number>();
  const table: string[] = [];
  return {
    table,
    of(text: string): number {
      let i = index.get(text);
      if (i === undefined) {
        i = table.length;
        index.set(text, i);
        table.push(text);
      }
      return i;
    },
  };
}

/** The records of packed columns as objects (small files, tests). */
export function unpackMetrics(packed: PackedMetrics): MetricRecord[] {
  const records: MetricRecord[] = new Array<MetricRecord>(packed.length);
  for (let i = 0; i < packed.length; i++) {
    const c = packed.cell[i]!;
    const { period, grain } = packed.periods[packed.cellPeriod[c]!]!;
    records[i] = {
      targetKey: packed.keys[packed.cellKey[c]!]!,
      metric: packed.metrics[packed.metric[i]!]!,
      period,
      grain,
      segment: packed.segments[packed.cellSegment[c]!]!,
      value: packed.value[i]!,
      row: packed.row[i]!,
    };
  }
  return records;
}
