import type { EpochFieldsFragment } from "../../graphql/generated";
import { decimal, percent } from "../_lib/format";

/** The stored figures behind the curves, exactly as the worker wrote them. */
export function EpochTable({ epochs }: { epochs: EpochFieldsFragment[] }) {
  return (
    <table aria-label="Epoch metrics" className="compact">
      <thead>
        <tr>
          <th>Epoch</th><th>Train loss</th><th>Val loss</th><th>Train acc.</th><th>Val acc.</th>
          <th>Seconds</th><th>Samples seen / expected</th><th>Images/s</th><th>Learning rate</th>
        </tr>
      </thead>
      <tbody>
        {epochs.map((e) => (
          <tr key={e.epoch}>
            <td>{e.epoch}</td>
            <td>{decimal(e.trainLoss)}</td>
            <td>{decimal(e.valLoss)}</td>
            <td>{percent(e.trainAccuracy)}</td>
            <td>{percent(e.valAccuracy)}</td>
            <td>{e.wallSeconds.toFixed(1)}</td>
            <td className={e.samplesSeen === e.expectedSamples ? undefined : "error"}>
              {e.samplesSeen} / {e.expectedSamples}
            </td>
            <td>{e.imagesPerSecond.toFixed(2)}</td>
            <td>{e.learningRate}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
