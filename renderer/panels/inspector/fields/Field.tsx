import { Form } from 'antd';
import type { ReactNode } from 'react';

/** One labelled row of an inspector form; `id` ties the label to its control. */
export function Field({ id, label, children, help }: { id: string; label: string; children: ReactNode; help?: ReactNode }) {
  return (
    <Form.Item label={label} htmlFor={id} extra={help} className="jc-inspector__field">
      {children}
    </Form.Item>
  );
}
