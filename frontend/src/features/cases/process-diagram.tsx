import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

import { useEffect, useRef, useState } from 'react';

import { useApiQuery } from '../../lib/use-api';

type CaseProcess = {
  bpmnXml: string;
  activeActivityIds: string[];
  completedActivityIds: string[];
  takenFlowIds: string[];
};

type Zoomable = { zoom(level?: number | 'fit-viewport'): number };

/**
 * A step's id in words when the model gives it no name: a multi-instance body is its step, and an id such as
 * `SubProcess_AgencyReview` reads "Agency review".
 */
export function stepInWords(id: string): string {
  const step = id.replace(/#multiInstanceBody$/, '').replace(/^(SubProcess|Task|UserTask|ServiceTask|Activity|Event)_/, '');
  const words = step.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The case's process drawn with bpmn-js: the steps it is at now outlined and marked "current", the steps and
 * flows it has passed through marked "done". The same facts are listed in words beside the drawing.
 */
export function ProcessDiagram({ applicationId }: { applicationId: string }) {
  const process = useApiQuery<CaseProcess>(`/api/staff/applications/${applicationId}/process`);
  const canvas = useRef<HTMLDivElement>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const zoomable = useRef<Zoomable | null>(null);
  const zoom = (factor: number | 'fit-viewport') => {
    const view = zoomable.current;
    if (view) {
      view.zoom(factor === 'fit-viewport' ? factor : view.zoom() * factor);
    }
  };

  useEffect(() => {
    if (process.status !== 'loaded' || !canvas.current) {
      return;
    }
    let viewer: { destroy(): void } | null = null;
    let current = true;
    void (async () => {
      try {
        const { default: NavigatedViewer } = await import('bpmn-js/lib/NavigatedViewer');
        if (!current || !canvas.current) {
          return;
        }
        const drawing = new NavigatedViewer({ container: canvas.current });
        viewer = drawing;
        await drawing.importXML(process.data.bpmnXml);
        const view = drawing.get('canvas') as Zoomable & { addMarker(id: string, marker: string): void };
        zoomable.current = view;
        const registry = drawing.get('elementRegistry') as {
          get(id: string): { businessObject?: { name?: string } } | undefined;
        };
        view.zoom('fit-viewport');
        const labels: Record<string, string> = {};
        for (const id of [...process.data.completedActivityIds, ...process.data.takenFlowIds]) {
          if (registry.get(id)) {
            view.addMarker(id, 'step-done');
          }
        }
        for (const id of [...process.data.completedActivityIds, ...process.data.activeActivityIds]) {
          const named = registry.get(id) ?? registry.get(id.replace(/#multiInstanceBody$/, ''));
          labels[id] = named?.businessObject?.name?.replace(/\s+/g, ' ') ?? stepInWords(id);
        }
        for (const id of process.data.activeActivityIds) {
          if (registry.get(id)) {
            view.addMarker(id, 'step-current');
          }
        }
        setNames(labels);
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      current = false;
      zoomable.current = null;
      viewer?.destroy();
    };
  }, [process]);

  return (
    <section aria-labelledby="process-heading">
      <h2 id="process-heading">Process</h2>
      {process.status === 'loading' && <p role="status">Loading the process…</p>}
      {process.status === 'failed' && <p role="alert">{process.problem.message}</p>}
      {problem && <p role="alert">The diagram could not be drawn: {problem}</p>}
      {process.status === 'loaded' && (
        <>
          <p>
            Now at:{' '}
            <strong>{[...new Set(process.data.activeActivityIds.map((id) => names[id] ?? stepInWords(id)))].join(', ') || 'nothing (finished)'}</strong>
          </p>
          <div className="diagram-controls" role="group" aria-label="Diagram size">
            <button type="button" onClick={() => zoom(1.25)}>Zoom in</button>
            <button type="button" onClick={() => zoom(0.8)}>Zoom out</button>
            <button type="button" onClick={() => zoom('fit-viewport')}>Fit to the box</button>
          </div>
          <div
            ref={canvas}
            className="process-canvas"
            role="group"
            aria-label="Process diagram (drag to move, scroll to zoom); the current steps are listed above"
          />
          <details>
            <summary>Steps passed through ({process.data.completedActivityIds.length})</summary>
            <ol>
              {process.data.completedActivityIds.map((id) => (
                <li key={id}>{names[id] ?? stepInWords(id)}</li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
}
